namespace SmartGateway.Compiler.Binding;

/// <summary>
/// A resolved input path: its canonical spelling, what it measures, whether it is analogue (may
/// hover around a threshold) and the bounds it can physically take in base units (either may be
/// open: a voltage is never below 0 V, time.hour is 0–23, an active power has no bound).
/// </summary>
public sealed record InputInfo(string Path, Dimension Dimension, bool Analogue, long? Min = null, long? Max = null)
{
    /// <summary>
    /// True when a value compared with this input must say its unit in the text DSL: every measured quantity but
    /// the pulse count, whose energy per pulse is the installer's setting.
    /// </summary>
    public bool RequiresUnit => Dimension != Dimension.None && Path != "pulse";
}
