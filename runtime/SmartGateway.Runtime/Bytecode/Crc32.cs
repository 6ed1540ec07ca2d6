namespace SmartGateway.Runtime.Bytecode;

/// <summary>CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), the checksum of rule images.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public const uint Initial = 0xFFFFFFFFu;

    public static uint Update(uint crc, byte[] data, int offset, int count)
    {
        int end = offset + count;
        for (int i = offset; i < end; i++)
        {
            crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFFFFFFu;

    public static uint Compute(byte[] data, int offset, int count) => Finish(Update(Initial, data, offset, count));

    private static uint[] BuildTable()
    {
        uint[] table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
