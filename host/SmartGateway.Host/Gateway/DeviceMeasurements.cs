namespace SmartGateway.Host.Gateway;

/// <summary>A power factor as meters report it: magnitude plus capacitive/inductive (T7 encoding).</summary>
public readonly record struct PowerFactor(double Value, bool Capacitive);

/// <summary>One phase's instantaneous values in base units (V, A, W, var, VA, °, %).</summary>
public sealed record PhaseValues(
    double Voltage, double Current, double ActivePower, double ReactivePower, double ApparentPower,
    PowerFactor PowerFactor, double PowerAngle, double ThdVoltage, double ThdCurrent);

/// <summary>Totals over all phases in base units.</summary>
public sealed record TotalValues(
    double ActivePower, double ReactivePower, double ApparentPower, PowerFactor PowerFactor, double PowerAngle);

/// <summary>The latest reading of one meter; <paramref name="Temperature"/> is null when the model has none.</summary>
public sealed record DeviceMeasurements(
    IReadOnlyList<PhaseValues> Phases, TotalValues Total, double Frequency, double? Temperature, DateTimeOffset ReadAt);
