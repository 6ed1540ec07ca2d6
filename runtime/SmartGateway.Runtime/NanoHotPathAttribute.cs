using System;

namespace SmartGateway.Runtime;

/// <summary>
/// Marks a method that runs every tick on the device. The nano-safe check (NANO015) rejects allocation in it
/// and in every method of this project it calls: object and array creation, string building, boxing,
/// lambdas, foreach over collections, params calls. The nanoCLR's GC stops the world (docs/NANO.md §1.2).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
public sealed class NanoHotPathAttribute : Attribute
{
}
