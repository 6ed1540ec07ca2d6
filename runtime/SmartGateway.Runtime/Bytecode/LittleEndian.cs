namespace SmartGateway.Runtime.Bytecode;

/// <summary>Byte-order helpers over plain arrays (no spans, no BitConverter endianness surprises).</summary>
public static class LittleEndian
{
    public static ushort U16(byte[] b, int at) => (ushort)(b[at] | (b[at + 1] << 8));

    public static uint U32(byte[] b, int at) =>
        (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));

    public static long I64(byte[] b, int at) => (long)((ulong)U32(b, at) | ((ulong)U32(b, at + 4) << 32));

    public static void PutU16(byte[] b, int at, int v)
    {
        b[at] = (byte)v;
        b[at + 1] = (byte)(v >> 8);
    }

    public static void PutU32(byte[] b, int at, uint v)
    {
        b[at] = (byte)v;
        b[at + 1] = (byte)(v >> 8);
        b[at + 2] = (byte)(v >> 16);
        b[at + 3] = (byte)(v >> 24);
    }

    public static void PutI64(byte[] b, int at, long v)
    {
        PutU32(b, at, (uint)v);
        PutU32(b, at + 4, (uint)((ulong)v >> 32));
    }
}
