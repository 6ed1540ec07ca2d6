namespace SmartGateway.Runtime.Devices;

/// <summary>
/// One readable value of a device: the input path below its interface ("U.L1", "P", "counter.3"), where
/// its registers are and how they encode it. value = raw × 10^(Scale + exponent register, if any).
/// </summary>
public sealed class Measurement
{
    public string Path = "";
    public byte Table = RegisterTable.Input;
    public int Register;
    public byte Encoding;
    public byte WordOrder;
    public int Scale;
    public string Unit = "";

    /// <summary>An int16 register holding a base-10 exponent for this value (Iskra WM counters), or -1.</summary>
    public int ExponentRegister = -1;

    public int Words => Modbus.RegisterEncoding.Words(Encoding);

    /// <summary>First register the value needs (its own or its exponent's).</summary>
    public int First => ExponentRegister >= 0 && ExponentRegister < Register ? ExponentRegister : Register;

    /// <summary>Last register the value needs.</summary>
    public int Last
    {
        get
        {
            int last = Register + Words - 1;
            return ExponentRegister > last ? ExponentRegister : last;
        }
    }
}
