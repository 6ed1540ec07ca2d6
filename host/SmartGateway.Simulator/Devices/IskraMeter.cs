using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual Iskra meter or analyser of one <see cref="MeterFamily"/>, with its register layout and a
/// <see cref="Truth"/> table (input path → value) for tests to compare reads against.
/// </summary>
public sealed class IskraMeter : SimulatedDevice
{
    private const byte In = FunctionCode.ReadInputRegisters;
    private const byte Hold = FunctionCode.ReadHoldingRegisters;

    // Counter setting codes pyiskra reads (docs/DEVICE-MAPS.md): units 1 Wh, 2 varh; quadrant masks 6 import, 9 export.
    private static readonly int[] CounterUnits = [1, 1, 2, 2];
    private static readonly int[] CounterQuadrants = [6, 9, 6, 9];

    public IskraMeter(string model, string serial, MeterFamily family) : base(model, serial)
    {
        Family = family;
        if (family == MeterFamily.MeasuringCentre)
        {
            AddReadable(In, 2500, 106);
            AddReadable(In, 2658, 2);
            AddReadable(In, 400, 94);
            AddReadable(Hold, 421, 94);
            WriteWmSettings(4);
        }
        else
        {
            AddReadable(In, 100, 91);
            if (family == MeterFamily.Impact)
            {
                AddReadable(In, 2750, 96);
                AddReadable(Hold, 151, 1);
                AddReadable(Hold, 421, 16);
                AddReadable(Hold, 437, 64);
                WriteImpactSettings();
            }
            else
            {
                AddReadable(In, 400, 64);
                AddReadable(Hold, 421, 36);
                WriteWmSettings(2);
            }
        }
        Write();
    }

    public MeterFamily Family { get; }
    public ThreePhaseModel Load { get; } = new();

    /// <summary>Active tariff 1–5; the Impact's resettable per-tariff counters integrate only in it.</summary>
    public int Tariff { get; set; } = 1;

    /// <summary>Values as the device means them, by input path ("U.L1", "P", "counter.3").</summary>
    public Dictionary<string, double> Truth { get; } = new(StringComparer.Ordinal);

    private readonly double[] _tariffImport = [1000.5, 2000.25, 300, 40, 5];
    private readonly double[] _tariffExport = [10.5, 20.25, 3, 4, 0.5];

    /// <summary>Counter settings as the factory leaves them, matching the maps' assumptions (see their notes).</summary>
    private void WriteWmSettings(int counters)
    {
        for (int k = 0; k < counters; k++)
        {
            Holding[421 + 10 * k] = (ushort)CounterUnits[k];
            Holding[422 + 10 * k] = (ushort)CounterQuadrants[k];
        }
    }

    private void WriteImpactSettings()
    {
        for (int n = 0; n < 4; n++)
        {
            Holding[421 + 4 * n] = (ushort)CounterUnits[n];
            Holding[422 + 4 * n] = (ushort)CounterQuadrants[n];
        }
        for (int n = 0; n < 16; n++)
        {
            Holding[437 + 4 * n] = 1;
            Holding[438 + 4 * n] = (ushort)(n % 2 == 0 ? 6 : 9);
        }
    }

    public override void Advance(double seconds)
    {
        Load.Advance(seconds);
        if (Load.PTotal >= 0) _tariffImport[Tariff - 1] += Load.PTotal * seconds / 3600;
        else _tariffExport[Tariff - 1] += -Load.PTotal * seconds / 3600;
        Write();
    }

    private void Write()
    {
        lock (Input)
        {
            Truth.Clear();
            if (Family == MeterFamily.MeasuringCentre) WriteMeasuringCentre();
            else WriteImpactMeasurements();
            if (Family == MeterFamily.Impact) WriteImpactCounters();
            else WriteWmCounters(Family == MeterFamily.Wm ? 2 : 4);
        }
    }

    private void WriteImpactMeasurements()
    {
        var m = Load;
        Set("f", m.Frequency, v => IskraEncoding.PutT56(Input, 105, v, false));
        for (int p = 0; p < 3; p++)
        {
            string l = ".L" + (p + 1);
            int p2 = 2 * p;
            Set("U" + l, m.U[p], v => IskraEncoding.PutT56(Input, 107 + p2, v, false));
            Set("I" + l, m.I[p], v => IskraEncoding.PutT56(Input, 126 + p2, v, false));
            Set("P" + l, m.P[p], v => IskraEncoding.PutT56(Input, 142 + p2, v, true));
            Set("Q" + l, m.Q[p], v => IskraEncoding.PutT56(Input, 150 + p2, v, true));
            Set("S" + l, m.S[p], v => IskraEncoding.PutT56(Input, 158 + p2, v, false));
            SetPf("PF" + l, 166 + p2, m.PF[p], m.P[p], m.Q[p]);
            Set("angle" + l, m.AngleDeg[p], v => IskraEncoding.PutHundredths(Input, 173 + p, v));
            Set("thdU" + l, m.ThdU[p], v => IskraEncoding.PutHundredths(Input, 182 + p, v));
            Set("thdI" + l, m.ThdI[p], v => IskraEncoding.PutHundredths(Input, 188 + p, v));
        }
        Set("P", m.PTotal, v => IskraEncoding.PutT56(Input, 140, v, true));
        Set("Q", m.QTotal, v => IskraEncoding.PutT56(Input, 148, v, true));
        Set("S", m.STotal, v => IskraEncoding.PutT56(Input, 156, v, false));
        SetPf("PF", 164, m.PFTotal, m.PTotal, m.QTotal);
        Set("angle", m.AngleTotal, v => IskraEncoding.PutHundredths(Input, 172, v));
        Set("temp", m.Temperature, v => IskraEncoding.PutHundredths(Input, 181, v));
    }

    private void SetPf(string path, int at, double pf, double p, double q)
    {
        bool export = p < 0;
        double value = Math.Round(Math.Abs(pf) * 10000) / 10000;
        IskraEncoding.PutT7(Input, at, pf, export, q < 0);
        Truth[path] = export ? -value : value;
    }

    private void WriteMeasuringCentre()
    {
        var m = Load;
        for (int p = 0; p < 3; p++)
        {
            string l = ".L" + (p + 1);
            int p2 = 2 * p;
            Float("U" + l, 2500 + p2, m.U[p]);
            Float("I" + l, 2516 + p2, m.I[p]);
            Float("P" + l, 2530 + p2, m.P[p]);
            Float("Q" + l, 2538 + p2, m.Q[p]);
            Float("S" + l, 2546 + p2, m.S[p]);
            Float("PF" + l, 2554 + p2, m.PF[p]);
            Float("angle" + l, 2570 + p2, m.AngleDeg[p]);
            Float("thdI" + l, 2588 + p2, m.ThdI[p]);
            Float("thdU" + l, 2594 + p2, m.ThdU[p]);
        }
        Float("P", 2536, m.PTotal);
        Float("Q", 2544, m.QTotal);
        Float("S", 2552, m.STotal);
        Float("PF", 2560, m.PFTotal);
        Float("angle", 2576, m.AngleTotal);
        Float("f", 2584, m.Frequency);
        Float("temp", 2658, m.Temperature);
    }

    private void WriteImpactCounters()
    {
        var m = Load;
        double[] fixedCounters = [m.ImportWh, m.ExportWh, m.ReactiveImportVarh, m.ReactiveExportVarh];
        for (int n = 0; n < 4; n++) Float("counter." + (n + 1), 2752 + 2 * n, fixedCounters[n]);
        // Resettable counters 5–16: per tariff import/export pairs (tariffs 1–5, then two spares at 0).
        for (int n = 0; n < 12; n++)
        {
            int tariff = n / 2;
            double value = tariff < 5 ? (n % 2 == 0 ? _tariffImport[tariff] : _tariffExport[tariff]) : 0;
            Float("counter." + (n + 5), 2760 + 2 * n, value);
        }
    }

    private void WriteWmCounters(int count)
    {
        var m = Load;
        double[] values = [m.ImportWh, m.ExportWh, m.ReactiveImportVarh, m.ReactiveExportVarh];
        for (int k = 0; k < count; k++)
        {
            // Exponent −1 as Iskra meters show tenths of Wh (or varh): value × 10^exponent.
            const int exponent = -1;
            long raw = (long)Math.Round(values[k] * 10);
            Input[401 + k] = unchecked((ushort)(short)exponent);
            IskraEncoding.PutInt32(Input, 406 + 2 * k, raw);
            Truth["counter." + (k + 1)] = raw / 10.0;
        }
    }

    private void Float(string path, int at, double value)
    {
        float f = (float)value;
        IskraEncoding.PutFloat(Input, at, f);
        Truth[path] = f;
    }

    private void Set(string path, double value, Action<double> put)
    {
        put(value);
        Truth[path] = value;
    }
}
