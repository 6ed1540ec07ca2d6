namespace SmartGateway.Runtime.Modbus;

/// <summary>Modbus puts every 16-bit field high byte first.</summary>
public static class BigEndian
{
    public static ushort U16(byte[] b, int at) => (ushort)((b[at] << 8) | b[at + 1]);

    public static void PutU16(byte[] b, int at, int v)
    {
        b[at] = (byte)(v >> 8);
        b[at + 1] = (byte)v;
    }
}
