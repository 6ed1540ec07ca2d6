using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Runtime.Devices;

/// <summary>Line settings of a bus and the latency its devices add; the planner's wire-time model.</summary>
public sealed class BusTiming
{
    public bool Tcp;
    public int Baud = 115200;
    public bool Parity;
    public int StopBits = 1;

    /// <summary>Time a device takes between the end of a request and the start of its reply (or a TCP round trip).</summary>
    public long DeviceLatencyMicros = 1000;

    public int BitsPerCharacter => RtuTiming.BitsPerCharacter(Parity, StopBits);

    /// <summary>Predicted time of one read of count registers.</summary>
    public long ReadMicros(int count)
    {
        if (Tcp) return DeviceLatencyMicros;
        return RtuTiming.TransactionMicros(RtuTiming.ReadRequestBytes(), RtuTiming.ReadResponseBytes(count), Baud, BitsPerCharacter, DeviceLatencyMicros);
    }

    /// <summary>Time the wire spends on gapCount extra registers of a merged read.</summary>
    public long GapMicros(int gapCount)
    {
        if (Tcp) return 0;
        return 2L * gapCount * RtuTiming.CharacterMicros(Baud, BitsPerCharacter);
    }
}
