using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// Writes values the way Iskra devices lay them out (docs/DEVICE-MAPS.md) and returns the value as written (what an
/// exact reader decodes). Written from the register descriptions on purpose apart from the runtime's decoder, so the
/// two check each other; where a value goes and in which encoding comes from the device map.
/// </summary>
public static class IskraEncoding
{
    /// <summary>Puts value at the measurement's register in its encoding; an exponent register gets the exponent chosen.</summary>
    public static double Put(ushort[] table, Measurement m, double value)
    {
        switch (m.Encoding)
        {
            case RegisterEncoding.T5: return PutT56(table, m.Register, value * Pow10(-m.Scale), false) * Pow10(m.Scale);
            case RegisterEncoding.T6: return PutT56(table, m.Register, value * Pow10(-m.Scale), true) * Pow10(m.Scale);
            case RegisterEncoding.T16: return PutHundredths(table, m.Register, value, false);
            case RegisterEncoding.T17: return PutHundredths(table, m.Register, value, true);
            case RegisterEncoding.Float32:
                float f = (float)(value * Pow10(-m.Scale));
                Put32(table, m.Register, BitConverter.SingleToUInt32Bits(f), m.WordOrder);
                return f * Pow10(m.Scale);
            case RegisterEncoding.T7: throw new ArgumentException("a T7 power factor needs its flags: use PutT7", nameof(m));
            default: return PutInteger(table, m, value);
        }
    }

    /// <summary>T5 (unsigned) / T6 (signed): exponent byte, 24-bit value; the finest exponent that fits.</summary>
    public static double PutT56(ushort[] regs, int at, double value, bool signed)
    {
        double limit = signed ? 0x7FFFFF : 0xFFFFFF;
        if (!signed && value < 0) value = 0;
        int exponent = -6;
        while (Math.Abs(Math.Round(value * Pow10(-exponent))) > limit) exponent++;
        long mantissa = (long)Math.Round(value * Pow10(-exponent));
        uint bits = ((uint)(sbyte)exponent << 24) | ((uint)mantissa & 0xFFFFFF);
        Put32(regs, at, bits, WordOrder.HighFirst);
        return mantissa * Pow10(exponent);
    }

    /// <summary>
    /// T7: byte 3 import 00 / export FF, byte 2 inductive 00 / capacitive FF, low word |PF| × 10000. Returns the
    /// value as the maps decode it: |PF|, negative for export.
    /// </summary>
    public static double PutT7(ushort[] regs, int at, double pf, bool export, bool capacitive)
    {
        uint magnitude = (uint)Math.Round(Math.Abs(pf) * 10000);
        uint bits = (export ? 0xFF000000u : 0) | (capacitive ? 0x00FF0000u : 0) | magnitude;
        Put32(regs, at, bits, WordOrder.HighFirst);
        return (export ? -1 : 1) * magnitude / 10000.0;
    }

    /// <summary>T16 (uint16/100) or T17 (int16/100).</summary>
    public static double PutHundredths(ushort[] regs, int at, double value, bool signed)
    {
        long raw = (long)Math.Round(value * 100);
        raw = signed ? Math.Clamp(raw, short.MinValue, short.MaxValue) : Math.Clamp(raw, 0, ushort.MaxValue);
        regs[at] = unchecked((ushort)raw);
        return raw / 100.0;
    }

    /// <summary>Two characters a register, high byte first, padded with spaces (pyiskra strips whitespace only).</summary>
    public static void PutText(ushort[] regs, int at, int words, string text)
    {
        string padded = text.PadRight(words * 2)[..(words * 2)];
        for (int i = 0; i < words; i++) regs[at + i] = (ushort)((padded[2 * i] << 8) | padded[2 * i + 1]);
    }

    /// <summary>
    /// Plain integers: raw × 10^(scale + exponent). With an exponent register (Iskra WM counters) the exponent is the
    /// finest from −3 whose raw value fits the type, as the meters scale their counters.
    /// </summary>
    private static double PutInteger(ushort[] table, Measurement m, double value)
    {
        bool signed = m.Encoding is RegisterEncoding.Int16 or RegisterEncoding.Int32;
        bool wide = RegisterEncoding.Words(m.Encoding) == 2;
        double max = wide ? (signed ? int.MaxValue : uint.MaxValue) : (signed ? short.MaxValue : ushort.MaxValue);
        double min = signed ? -max - 1 : 0;
        int exponent = m.ExponentRegister >= 0 ? -3 : 0;
        long raw = (long)Math.Round(value * Pow10(-(m.Scale + exponent)));
        while (m.ExponentRegister >= 0 && raw > max)
        {
            exponent++;
            raw = (long)Math.Round(value * Pow10(-(m.Scale + exponent)));
        }
        raw = (long)Math.Clamp(raw, min, max);
        if (m.ExponentRegister >= 0) table[m.ExponentRegister] = unchecked((ushort)(short)exponent);
        if (wide) Put32(table, m.Register, unchecked((uint)raw), m.WordOrder);
        else table[m.Register] = unchecked((ushort)raw);
        return raw * Pow10(m.Scale + exponent);
    }

    private static void Put32(ushort[] regs, int at, uint bits, byte wordOrder)
    {
        ushort high = (ushort)(bits >> 16);
        ushort low = (ushort)bits;
        regs[at] = wordOrder == WordOrder.LowFirst ? low : high;
        regs[at + 1] = wordOrder == WordOrder.LowFirst ? high : low;
    }

    private static double Pow10(int exponent) => Math.Pow(10, exponent);
}
