namespace SmartGateway.Simulator;

/// <summary>What the bus answers to one request: a PDU from a unit (maybe to be corrupted), or nothing.</summary>
public sealed class SimulatedReply
{
    public bool Silent;
    public byte Unit;
    public byte[] Pdu = [];
    public int PduLength;

    /// <summary>Flip bits after framing: RTU breaks the CRC, TCP breaks the PDU's byte count.</summary>
    public bool Corrupt;

    public int DelayMs;
}
