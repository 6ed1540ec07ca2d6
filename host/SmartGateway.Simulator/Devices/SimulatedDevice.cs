using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// A virtual Modbus slave: two register tables, the runs it answers for (anything else is an illegal
/// data address, as on the real device), and a clock-driven model that refreshes the registers.
/// </summary>
public abstract class SimulatedDevice
{
    private readonly List<(byte Table, int Start, int Count)> _readable = [];

    protected SimulatedDevice(string model, string serial)
    {
        Model = model;
        Serial = serial;
        IskraEncoding.PutText(Input, 1, 8, model);
        IskraEncoding.PutText(Input, 9, 4, serial);
        Input[13] = 100; // software version 1.00
        IskraEncoding.PutText(Holding, 101, 20, "Simulated " + model);
        IskraEncoding.PutText(Holding, 121, 20, "SmartGateway simulator");
        AddReadable(FunctionCode.ReadInputRegisters, 1, 13);
        AddReadable(FunctionCode.ReadHoldingRegisters, 101, 40);
    }

    public string Model { get; }
    public string Serial { get; }
    public ushort[] Input { get; } = new ushort[65536];
    public ushort[] Holding { get; } = new ushort[65536];

    /// <summary>Advances the model by seconds and rewrites the registers.</summary>
    public abstract void Advance(double seconds);

    protected void AddReadable(byte table, int start, int count) => _readable.Add((table, start, count));

    public bool IsReadable(byte table, int start, int count)
    {
        foreach (var r in _readable)
            if (r.Table == table && start >= r.Start && start + count <= r.Start + r.Count) return true;
        return false;
    }

    /// <summary>Applies a write; returns an exception code (0 = accepted).</summary>
    public virtual byte Write(int address, ushort[] values)
    {
        if (!IsReadable(FunctionCode.ReadHoldingRegisters, address, values.Length)) return ExceptionCode.IllegalDataAddress;
        Array.Copy(values, 0, Holding, address, values.Length);
        return ExceptionCode.None;
    }
}
