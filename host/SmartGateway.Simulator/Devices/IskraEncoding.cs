namespace SmartGateway.Simulator.Devices;

/// <summary>
/// Writes values the way Iskra devices lay them out (docs/DEVICE-MAPS.md), written from the register
/// descriptions on purpose apart from the runtime's decoder, so the two check each other.
/// </summary>
public static class IskraEncoding
{
    /// <summary>T5 (unsigned) / T6 (signed): exponent byte, 24-bit value; the finest exponent that fits.</summary>
    public static void PutT56(ushort[] regs, int at, double value, bool signed)
    {
        double limit = signed ? 0x7FFFFF : 0xFFFFFF;
        if (!signed && value < 0) value = 0;
        int exponent = -6;
        while (Math.Abs(Math.Round(value * Math.Pow(10, -exponent))) > limit) exponent++;
        long mantissa = (long)Math.Round(value * Math.Pow(10, -exponent));
        uint bits = ((uint)(sbyte)exponent << 24) | ((uint)mantissa & 0xFFFFFF);
        Put32(regs, at, bits);
    }

    /// <summary>T7: byte 3 import 00 / export FF, byte 2 inductive 00 / capacitive FF, low word PF × 10000.</summary>
    public static void PutT7(ushort[] regs, int at, double pf, bool export, bool capacitive)
    {
        uint bits = (export ? 0xFF000000u : 0) | (capacitive ? 0x00FF0000u : 0) | (uint)Math.Round(Math.Abs(pf) * 10000);
        Put32(regs, at, bits);
    }

    public static void PutHundredths(ushort[] regs, int at, double value) => regs[at] = (ushort)(short)Math.Round(value * 100);

    public static void PutFloat(ushort[] regs, int at, double value) => Put32(regs, at, BitConverter.SingleToUInt32Bits((float)value));

    public static void PutInt32(ushort[] regs, int at, long value) => Put32(regs, at, (uint)(int)value);

    public static void Put32(ushort[] regs, int at, uint bits)
    {
        regs[at] = (ushort)(bits >> 16);
        regs[at + 1] = (ushort)bits;
    }

    /// <summary>Two characters a register, high byte first, padded with spaces (pyiskra strips whitespace only).</summary>
    public static void PutText(ushort[] regs, int at, int words, string text)
    {
        string padded = text.PadRight(words * 2)[..(words * 2)];
        for (int i = 0; i < words; i++) regs[at + i] = (ushort)((padded[2 * i] << 8) | padded[2 * i + 1]);
    }
}
