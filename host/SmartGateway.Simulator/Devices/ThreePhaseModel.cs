namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A consistent load on one or three phases: per phase U, I and angle φ (of the current against the voltage) give
/// P = U·I·cos φ, Q = U·I·sin φ, S = U·I, PF = |cos φ|; totals are sums (PF = |P|/S, angle = atan2(Q, P)).
/// φ in (−90°, 0°) is a capacitive import (Q &lt; 0, the manual's example, fig. 29), (0°, 90°) an inductive one;
/// 180° more exports. By default the manual's example load drifts slowly with time (each meter at its own point of
/// the drift, so no two meters read alike); a site model <see cref="Drive"/>s it with its own voltages and powers.
/// </summary>
public sealed class ThreePhaseModel
{
    private static readonly double[] BaseVoltage = [233.0, 232.9, 231.6];
    private static readonly double[] BaseCurrent = [5.734, 5.634, 5.138];
    private readonly double _drift;
    private readonly double[] _drivenVolts = new double[3];
    private readonly double[] _drivenWatts = new double[3];
    private readonly double[] _drivenVars = new double[3];
    private bool _driven;
    private double _drivenFrequency, _drivenTemperature;
    private double _time;

    /// <param name="drift">Where in the slow drift this meter starts (radians), so meters of one line differ.</param>
    public ThreePhaseModel(int phases = 3, double drift = 0)
    {
        if (phases is < 1 or > 3) throw new ArgumentOutOfRangeException(nameof(phases), "a meter has 1 to 3 phases");
        Phases = phases;
        _drift = drift;
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

    /// <summary>Scales the currents (1 = the load as modelled; negative exports).</summary>
    public double LoadFactor { get; set; } = 1.0;

    /// <summary>
    /// From now on the load is what a site model says: per phase voltage, active and reactive power (import positive,
    /// Q positive inductive), the line frequency and the meter's temperature. <see cref="LoadFactor"/> still scales it.
    /// </summary>
    public void Drive(ReadOnlySpan<double> volts, ReadOnlySpan<double> watts, ReadOnlySpan<double> vars, double frequency, double temperature)
    {
        volts[..Phases].CopyTo(_drivenVolts);
        watts[..Phases].CopyTo(_drivenWatts);
        vars[..Phases].CopyTo(_drivenVars);
        _drivenFrequency = frequency;
        _drivenTemperature = temperature;
        _driven = true;
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
        double wobble = Math.Sin(_time / 7.0 + _drift);
        PTotal = QTotal = STotal = 0;
        for (int p = 0; p < Phases; p++)
        {
            double baseAngle;
            if (_driven)
            {
                U[p] = _drivenVolts[p];
                double apparent = Math.Sqrt(_drivenWatts[p] * _drivenWatts[p] + _drivenVars[p] * _drivenVars[p]);
                I[p] = U[p] > 0 ? Math.Abs(LoadFactor) * apparent / U[p] : 0;
                baseAngle = apparent == 0 ? 0 : Math.Atan2(_drivenVars[p], _drivenWatts[p]) * 180 / Math.PI;
            }
            else
            {
                U[p] = BaseVoltage[p] + 0.4 * wobble;
                I[p] = Math.Abs(BaseCurrent[p] * LoadFactor) * (1 + 0.02 * wobble);
                baseAngle = BaseAngle[p];
            }
            AngleDeg[p] = baseAngle + (LoadFactor < 0 ? 180 : 0);
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
        Frequency = _driven ? _drivenFrequency : 50.0 + 0.02 * wobble;
        Temperature = _driven ? _drivenTemperature : 35.25;
    }
}
