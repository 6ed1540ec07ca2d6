namespace SmartGateway.Compiler.Binding;

/// <summary>What a number measures. Inputs of one sum, and a value with a unit, must agree.</summary>
public enum Dimension
{
    None,
    Voltage,
    Current,
    ActivePower,
    ReactivePower,
    ApparentPower,
    Energy,
    Frequency,
    Temperature,
    Percent,
    Angle,
    Duration,
}
