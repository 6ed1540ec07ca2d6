namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// Character and silence times of Modbus RTU (Modbus over Serial Line §2.5.1.1): a frame ends after
/// 3.5 character times of silence and breaks if a gap inside it exceeds 1.5; above 19200 baud both
/// are fixed at 750 µs and 1.75 ms. Also the wire-time formula the poll planner predicts cycles with.
/// </summary>
public static class RtuTiming
{
    /// <summary>Bits on the wire per character: start, 8 data, optional parity, stop bits.</summary>
    public static int BitsPerCharacter(bool parity, int stopBits) => 1 + 8 + (parity ? 1 : 0) + stopBits;

    /// <summary>One character time in microseconds, rounded up.</summary>
    public static long CharacterMicros(int baud, int bitsPerCharacter)
    {
        if (baud <= 0) return 0;
        return ((long)bitsPerCharacter * 1000000L + baud - 1) / baud;
    }

    public static long T15Micros(int baud, int bitsPerCharacter)
    {
        if (baud > 19200) return 750;
        return (CharacterMicros(baud, bitsPerCharacter) * 3 + 1) / 2;
    }

    public static long T35Micros(int baud, int bitsPerCharacter)
    {
        if (baud > 19200) return 1750;
        return (CharacterMicros(baud, bitsPerCharacter) * 7 + 1) / 2;
    }

    /// <summary>
    /// Predicted time of one transaction: request and response characters, the silence that ends each
    /// frame (2 × t3.5) and the device's own latency before it answers.
    /// </summary>
    public static long TransactionMicros(int requestBytes, int responseBytes, int baud, int bitsPerCharacter, long deviceLatencyMicros)
    {
        long chars = (long)(requestBytes + responseBytes) * CharacterMicros(baud, bitsPerCharacter);
        return chars + 2 * T35Micros(baud, bitsPerCharacter) + deviceLatencyMicros;
    }

    /// <summary>RTU frame sizes of a register read: request 8 bytes, response 5 + 2 per register.</summary>
    public static int ReadRequestBytes() => 8;

    public static int ReadResponseBytes(int count) => 5 + 2 * count;
}
