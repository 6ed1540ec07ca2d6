using System.Globalization;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual Iskra meter or analyser: a <see cref="ThreePhaseModel"/> load written into the registers its device map
/// names, in the map's encodings, with energy counters that integrate the load in the map's units and directions,
/// and the settings registers (counter units and quadrants, connection) that say so. <see cref="Truth"/> holds every
/// input path's value as written, for tests to compare reads against.
/// </summary>
public sealed class IskraMeter : SimulatedDevice
{
    // Iskra's settings registers beyond the maps (docs/DEVICE-MAPS.md): holding 151 bit 1 reverse connection;
    // Impact: current/voltage ratio at holding 148/149 (/10000), used voltage and current at input 15/17 (/100),
    // number of time blocks at input 6761 (5 when kept; none here).
    private const int ConnectionRegister = 151;
    private const int CurrentRatioRegister = 148;
    private const int VoltageRatioRegister = 149;
    private const int UsedVoltageRegister = 15;
    private const int UsedCurrentRegister = 17;
    private const int TimeBlocksRegister = 6761;

    private readonly Dictionary<int, double> _energy = [];

    /// <summary>A meter of the model, with the map that serves it (<see cref="SimulatedModels"/>).</summary>
    public IskraMeter(string model, string serial) : this(SimulatedModels.MapFor(model), model, serial)
    {
    }

    private IskraMeter(DeviceMap map, string model, string serial)
        : this(map, SimulatedModels.FamilyOf(map) ?? throw new ArgumentException($"{map.Model} is not a meter map", nameof(model)), model, serial)
    {
    }

    public IskraMeter(DeviceMap map, MeterFamily family, string model, string serial) : base(map, model, serial)
    {
        Family = family;
        Load = new ThreePhaseModel(Math.Max(1, Enumerable.Range(1, 3).Count(p => map.IndexOf("U.L" + p) >= 0)), DriftOf(serial));
        foreach (Counter c in map.Counters) _energy[c.Number] = Seed(c);
        WriteSettings();
        Write();
    }

    public MeterFamily Family { get; }
    public ThreePhaseModel Load { get; }

    /// <summary>Active tariff 1–5: counters of one tariff integrate only while it is active.</summary>
    public int Tariff { get; set; } = 1;

    /// <summary>What sets the load at each step (a site's model); null = the manual's example load, drifting.</summary>
    public ILoadDriver? Driver { get; set; }

    /// <summary>Values as the device means them, by input path ("U.L1", "P", "counter.3", "PF.capacitive").</summary>
    public Dictionary<string, double> Truth { get; } = new(StringComparer.Ordinal);

    public override void Advance(double seconds)
    {
        Driver?.Drive(Load);
        Load.Advance(seconds);
        foreach (Counter c in Map.Counters)
        {
            if (c.Tariff == 0 || c.Tariff == Tariff) _energy[c.Number] += Flow(c) * seconds / 3600;
        }
        Write();
    }

    private void Write()
    {
        lock (Input)
        {
            Truth.Clear();
            foreach (Measurement m in Map.Measurements)
            {
                if (m.Path.StartsWith("counter.", StringComparison.Ordinal)) continue;
                if (m.Path == "PF" || m.Path.StartsWith("PF.", StringComparison.Ordinal)) WritePowerFactor(m);
                else Truth[m.Path] = IskraEncoding.Put(Table(m.Table), m, Value(m.Path));
            }
            foreach (Counter c in Map.Counters)
                Truth["counter." + c.Number.ToString(CultureInfo.InvariantCulture)] = IskraEncoding.Put(Table(c.Value.Table), c.Value, _energy[c.Number]);
        }
    }

    /// <summary>
    /// T7 carries the direction and the inductive/capacitive flag the meter derives from its own P and Q; a float32
    /// power factor (MC) is signed like the T7 value (negative for export).
    /// </summary>
    private void WritePowerFactor(Measurement m)
    {
        int phase = Phase(m.Path);
        double p = phase < 0 ? Load.PTotal : Load.P[phase];
        double q = phase < 0 ? Load.QTotal : Load.Q[phase];
        double pf = phase < 0 ? Load.PFTotal : Load.PF[phase];
        if (m.Encoding == RegisterEncoding.T7)
        {
            bool capacitive = ThreePhaseModel.IsCapacitive(p, q);
            Truth[m.Path] = IskraEncoding.PutT7(Table(m.Table), m.Register, pf, p < 0, capacitive);
            Truth[m.Path + PowerFactorFlag.Suffix] = capacitive ? 1 : 0;
        }
        else Truth[m.Path] = IskraEncoding.Put(Table(m.Table), m, p < 0 ? -pf : pf);
    }

    private double Value(string path)
    {
        int phase = Phase(path);
        string quantity = phase < 0 ? path : path[..path.IndexOf('.')];
        if (phase < 0)
        {
            return quantity switch
            {
                "f" => Load.Frequency,
                "temp" => Load.Temperature,
                "P" => Load.PTotal,
                "Q" => Load.QTotal,
                "S" => Load.STotal,
                "angle" => Load.AngleTotal,
                _ => throw Unknown(path),
            };
        }
        return quantity switch
        {
            "U" => Load.U[phase],
            "I" => Load.I[phase],
            "P" => Load.P[phase],
            "Q" => Load.Q[phase],
            "S" => Load.S[phase],
            "angle" => Load.AngleDeg[phase],
            "thdU" => Load.ThdU[phase],
            "thdI" => Load.ThdI[phase],
            _ => throw Unknown(path),
        };
    }

    /// <summary>0-based phase of "X.L2", −1 for a total.</summary>
    private int Phase(string path)
    {
        int at = path.IndexOf(".L", StringComparison.Ordinal);
        if (at < 0) return -1;
        int phase = path[at + 2] - '1';
        if (phase < 0 || phase >= Load.Phases) throw Unknown(path);
        return phase;
    }

    private ArgumentException Unknown(string path) => new($"the simulated {Model} cannot produce \"{path}\" of its map {Map.Model}");

    /// <summary>Energy into the counter this second's load adds per hour, by its unit and direction.</summary>
    private double Flow(Counter c)
    {
        double power = c.Value.Unit switch { "varh" => Load.QTotal, "VAh" => Load.STotal, _ => Load.PTotal };
        return c.Direction switch
        {
            CounterDirection.Import => Math.Max(power, 0),
            CounterDirection.Export => Math.Max(-power, 0),
            CounterDirection.Absolute => Math.Abs(power),
            _ => power,
        };
    }

    /// <summary>A point in the example load's drift fixed by the serial number (FNV-1a, stable across runs).</summary>
    private static double DriftOf(string serial)
    {
        uint hash = 2166136261;
        foreach (char c in serial) hash = (hash ^ c) * 16777619;
        return hash % 6283 / 1000.0;
    }

    /// <summary>A meter that has been running a while: large non-resettable totals, smaller resettable ones.</summary>
    private static double Seed(Counter c)
    {
        double total = (c.Value.Unit, c.Direction) switch
        {
            ("Wh", CounterDirection.Export) => 4321.5,
            ("varh", CounterDirection.Import) => 98765.4,
            ("varh", CounterDirection.Export) => 12.3,
            _ => 1234567.891,
        };
        return c.Resettable ? Math.Round(total / (10 + c.Number), 3) : total;
    }

    /// <summary>The counter settings pyiskra reads to name each counter's unit and direction, from the map's counters.</summary>
    private void WriteSettings()
    {
        Holding[ConnectionRegister] = 0;
        if (Family == MeterFamily.Impact)
        {
            Holding[CurrentRatioRegister] = 10000;
            Holding[VoltageRatioRegister] = 10000;
            Input[UsedVoltageRegister] = 23000;
            Input[UsedCurrentRegister] = 500;
            Input[TimeBlocksRegister] = 0;
        }
        Counter[] resettable = [.. Map.Counters.Where(c => c.Resettable)];
        Counter[] fixedCounters = [.. Map.Counters.Where(c => !c.Resettable)];
        for (int n = 0; n < fixedCounters.Length; n++)
            PutSetting(Family == MeterFamily.Impact ? 421 + 4 * n : 421 + 10 * (resettable.Length + n), fixedCounters[n]);
        for (int n = 0; n < resettable.Length; n++)
            PutSetting(Family == MeterFamily.Impact ? 437 + 4 * n : 421 + 10 * n, resettable[n]);
    }

    /// <summary>Units (bits 0–1: 1 Wh, 2 varh, 3 VAh) and the quadrant mask pyiskra reads as a direction (6 import, 9 export, 15 both).</summary>
    private void PutSetting(int register, Counter c)
    {
        Holding[register] = c.Value.Unit switch { "Wh" => 1, "varh" => 2, "VAh" => 3, _ => 0 };
        Holding[register + 1] = c.Direction switch { CounterDirection.Import => 6, CounterDirection.Export => 9, _ => 15 };
    }
}
