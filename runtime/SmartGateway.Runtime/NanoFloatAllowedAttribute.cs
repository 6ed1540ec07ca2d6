using System;

namespace SmartGateway.Runtime;

/// <summary>
/// Exempts one member or type from the nano-safe check's float ban in semantics code (NANO009): for the
/// float32 register → fixed-point converter and nothing else. Floating point behaves differently on the
/// device (single-precision Math, native formatting; docs/NANO.md §1.1).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor, Inherited = false)]
public sealed class NanoFloatAllowedAttribute : Attribute
{
}
