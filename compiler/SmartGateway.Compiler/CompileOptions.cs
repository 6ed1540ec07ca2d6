using SmartGateway.Compiler.Binding;

namespace SmartGateway.Compiler;

/// <summary>What a compilation checks beyond the source itself.</summary>
/// <param name="Devices">The device line-up the rules will drive, when known: action targets are checked against it.</param>
/// <param name="Reload">True when re-loading a source the gateway accepted before (its stored automations at start-up):
/// the checks added since — units required in the DSL, no Bicom action on the left IR port — are not applied, so an
/// upgrade never stops automations that ran. A bare number then means the base unit, as it did.</param>
public sealed record CompileOptions(DeviceLineUp? Devices = null, bool Reload = false)
{
    public static readonly CompileOptions Default = new();
}
