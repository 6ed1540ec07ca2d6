namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// The CRC-16 of Modbus RTU (polynomial 0xA001 reflected, initial 0xFFFF). The frame carries it low
/// byte first. Computed bit by bit: the firmware cannot spare a 512-byte table for a few frames a second.
/// </summary>
public static class Crc16
{
    public static ushort Compute(byte[] data, int offset, int count)
    {
        int crc = 0xFFFF;
        int end = offset + count;
        for (int i = offset; i < end; i++)
        {
            crc ^= data[i];
            for (int bit = 0; bit < 8; bit++)
            {
                if ((crc & 1) != 0) crc = (crc >> 1) ^ 0xA001;
                else crc >>= 1;
            }
        }
        return (ushort)crc;
    }

    /// <summary>True when the last two bytes of the frame are the CRC of the bytes before them.</summary>
    public static bool Check(byte[] frame, int offset, int count)
    {
        if (count < 3) return false;
        ushort crc = Compute(frame, offset, count - 2);
        return frame[offset + count - 2] == (byte)crc && frame[offset + count - 1] == (byte)(crc >> 8);
    }
}
