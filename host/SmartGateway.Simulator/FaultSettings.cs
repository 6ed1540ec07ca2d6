namespace SmartGateway.Simulator;

/// <summary>
/// Fault injection for one device (rates are probabilities per request, 0–1): no reply, a reply with a
/// broken CRC (or, over TCP, a broken byte count), a reply from another unit, an exception reply,
/// slow replies, and flapping (alternately answering and silent for whole periods).
/// </summary>
public sealed class FaultSettings
{
    public double NoReply { get; set; }
    public double Corrupt { get; set; }
    public double WrongAddress { get; set; }
    public double Exception { get; set; }
    public byte ExceptionCode { get; set; } = 4;
    public int DelayMs { get; set; }

    /// <summary>Seconds online then the same seconds silent; 0 = never flaps.</summary>
    public double FlapSeconds { get; set; }

    /// <summary>Silent until set back to false (tests unplug a device with it).</summary>
    public bool Offline { get; set; }
}
