namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A consistent load on one or three phases: per phase U, I and angle φ (of the current against the voltage) give
/// P = U·I·cos φ, Q = U·I·sin φ, S = U·I, PF = |cos φ|; totals are sums (PF = |P|/S, angle = atan2(Q, P)).
/// φ in (−90°, 0°) is a capacitive import (Q &lt; 0, the manual's example, fig. 29), (0°, 90°) an inductive one;
/// 180° more exports. Values drift slowly with time so successive reads differ.
/// </summary>
public sealed class ThreePhaseModel
{
    private static readonly double[] BaseVoltage = [233.0, 232.9, 231.6];
    private static readonly double[] BaseCurrent = [5.734, 5.634, 5.138];
    private double _time;

    public ThreePhaseModel(int phases = 3)
    {
        if (phases is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(phases), "a meter has 1 to 3 phases");
        Phases = phases;
        Compute();
    }

    public int Phases { get; }

    /// <summary>The load's phase angle per phase in degrees, before <see cref="LoadFactor"/>'s direction (the manual's example load).</summary>
    public double[] BaseAngle { get; } = [-18.91, -21.49, -37.77];

    public double[] U { get; } = new double[3];
    public double[] I { get; } = new double[3];
    public double[] AngleDeg { get; } = new double[3];
    public double[] P { get; } = new double[3];
    public double[] Q { get; } = new double[3];
    public double[] S { get; } = new double[3];
    public double[] PF { get; } = new double[3];
    public double[] ThdU { get; } = [1.81, 1.75, 1.85];
    public double[] ThdI { get; } = [34.11, 24.67, 57.42];
    public double PTotal, QTotal, STotal, PFTotal, AngleTotal, Frequency, Temperature;

    /// <summary>Scales the currents (1 = the manual's example load; negative exports).</summary>
    public double LoadFactor { get; set; } = 1.0;

    /// <summary>Sets every phase's angle: positive inductive, negative capacitive (import).</summary>
    public void SetAngle(double degrees)
    {
        for (int p = 0; p < 3; p++) BaseAngle[p] = degrees;
        Compute();
    }

    public void Advance(double seconds)
    {
        _time += seconds;
        Compute();
    }

    /// <summary>Capacitive when the reactive power opposes the active power (current leading the voltage).</summary>
    public static bool IsCapacitive(double p, double q) => q != 0 && (p < 0) != (q < 0);

    private void Compute()
    {
        double wobble = Math.Sin(_time / 7.0);
        PTotal = QTotal = STotal = 0;
        for (int p = 0; p < Phases; p++)
        {
            U[p] = BaseVoltage[p] + 0.4 * wobble;
            I[p] = Math.Abs(BaseCurrent[p] * LoadFactor) * (1 + 0.02 * wobble);
            AngleDeg[p] = BaseAngle[p] + (LoadFactor < 0 ? 180 : 0);
            if (AngleDeg[p] > 180) AngleDeg[p] -= 360;
            double phi = AngleDeg[p] * Math.PI / 180;
            S[p] = U[p] * I[p];
            P[p] = S[p] * Math.Cos(phi);
            Q[p] = S[p] * Math.Sin(phi);
            PF[p] = Math.Abs(Math.Cos(phi));
            PTotal += P[p];
            QTotal += Q[p];
            STotal += S[p];
        }
        PFTotal = STotal == 0 ? 1 : Math.Abs(PTotal) / STotal;
        AngleTotal = Math.Atan2(QTotal, PTotal) * 180 / Math.PI;
        Frequency = 50.0 + 0.02 * wobble;
        Temperature = 35.25;
    }
}
