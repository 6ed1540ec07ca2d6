namespace SmartGateway.Compiler.Binding;

/// <summary>
/// A resolved input path: its canonical spelling, what it measures, whether it is analogue (may
/// hover around a threshold) and, for bounded inputs such as time.hour, its domain in base units.
/// </summary>
public sealed record InputInfo(string Path, Dimension Dimension, bool Analogue, long? Min = null, long? Max = null);
