using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Runtime.Devices;

/// <summary>Turns the registers of one successful block read into its measurements' values.</summary>
public static class BlockDecoder
{
    /// <summary>
    /// Decodes measurement m from the registers of a read that began at register start. Returns false
    /// (the value is not valid) when the registers do not hold a reading.
    /// </summary>
    public static bool Decode(Measurement m, ushort[] registers, int start, out long micro)
    {
        int scale = m.Scale;
        if (m.ExponentRegister >= 0) scale += (short)registers[m.ExponentRegister - start];
        return RegisterDecoder.Decode(registers, m.Register - start, m.Encoding, m.WordOrder, scale, out micro);
    }
}
