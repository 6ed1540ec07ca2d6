namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A consistent three-phase load: per phase U, I and angle φ give P = U·I·cos φ, Q = U·I·sin φ, S = U·I,
/// PF = cos φ; totals are sums (PF = P/S, angle = atan2(Q, P)). Values drift slowly with time so
/// successive reads differ, and counters integrate P (import, export) and |Q|.
/// </summary>
public sealed class ThreePhaseModel
{
    private static readonly double[] BaseVoltage = [233.0, 232.9, 231.6];
    private static readonly double[] BaseCurrent = [5.734, 5.634, 5.138];
    private static readonly double[] BaseAngle = [-18.91, -21.49, -37.77];
    private double _time;

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
    public double ImportWh = 1234567.891, ExportWh = 4321.5, ReactiveImportVarh = 98765.4, ReactiveExportVarh = 12.3;

    /// <summary>Scales the currents (1 = the manual's example load; negative exports).</summary>
    public double LoadFactor { get; set; } = 1.0;

    public ThreePhaseModel() => Compute();

    public void Advance(double seconds)
    {
        _time += seconds;
        Compute();
        if (PTotal >= 0) ImportWh += PTotal * seconds / 3600;
        else ExportWh += -PTotal * seconds / 3600;
        if (QTotal >= 0) ReactiveImportVarh += QTotal * seconds / 3600;
        else ReactiveExportVarh += -QTotal * seconds / 3600;
    }

    private void Compute()
    {
        double wobble = Math.Sin(_time / 7.0);
        PTotal = QTotal = STotal = 0;
        for (int p = 0; p < 3; p++)
        {
            U[p] = BaseVoltage[p] + 0.4 * wobble;
            I[p] = Math.Abs(BaseCurrent[p] * LoadFactor) * (1 + 0.02 * wobble);
            AngleDeg[p] = BaseAngle[p] + (LoadFactor < 0 ? 180 : 0);
            if (AngleDeg[p] > 180) AngleDeg[p] -= 360;
            double phi = AngleDeg[p] * Math.PI / 180;
            S[p] = U[p] * I[p];
            P[p] = S[p] * Math.Cos(phi);
            Q[p] = S[p] * Math.Sin(phi);
            PF[p] = Math.Cos(phi);
            PTotal += P[p];
            QTotal += Q[p];
            STotal += S[p];
        }
        PFTotal = STotal == 0 ? 1 : PTotal / STotal;
        AngleTotal = Math.Atan2(QTotal, PTotal) * 180 / Math.PI;
        Frequency = 50.0 + 0.02 * wobble;
        Temperature = 35.25;
    }
}
