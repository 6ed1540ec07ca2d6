namespace SmartGateway.Host.Gateway;

/// <summary>
/// A power factor as meters report it (T7): |PF|, negative for export, and whether the load is capacitive
/// (current leading) or inductive — the meter's own flag, or for meters without one (float32 power factors)
/// the quadrant of P and Q.
/// </summary>
public readonly record struct PowerFactor(double Value, bool Capacitive)
{
    /// <summary>"Cap" or "Ind", as the manual's measurement page shows it (§4.1.3).</summary>
    public string Character => Capacitive ? "Cap" : "Ind";

    /// <summary>Capacitive when the reactive power opposes the active power (IEC quadrants II and IV).</summary>
    public static bool IsCapacitiveQuadrant(double activePower, double reactivePower) =>
        reactivePower != 0 && (activePower < 0) != (reactivePower < 0);
}

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
