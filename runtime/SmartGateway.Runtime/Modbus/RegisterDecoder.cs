namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// Registers → fixed-point micro-units (Values/Fixed). value = raw × 10^scale, rounded half to even;
/// float32 goes through its IEEE-754 bits with integer arithmetic only, so ESP32 and x64 agree bit for
/// bit. Returns false for values that are not readings (NaN, infinity, outside the long range).
/// </summary>
public static class RegisterDecoder
{
    public static bool Decode(ushort[] registers, int offset, byte encoding, byte wordOrder, int scale, out long micro)
    {
        micro = 0;
        uint first = registers[offset];
        if (RegisterEncoding.Words(encoding) == 1)
        {
            switch (encoding)
            {
                case RegisterEncoding.Int16: return DecimalScaling.Scale((short)first, 6 + scale, out micro);
                case RegisterEncoding.UInt16: return DecimalScaling.Scale(first, 6 + scale, out micro);
                case RegisterEncoding.T16: return DecimalScaling.Scale(first, 4 + scale, out micro);
                default: return DecimalScaling.Scale((short)first, 4 + scale, out micro);
            }
        }
        uint second = registers[offset + 1];
        // Iskra's T5/T6/T7 define their own layout (exponent byte first); word order applies to plain types.
        bool plain = encoding <= RegisterEncoding.Float32;
        uint bits = plain && wordOrder == WordOrder.LowFirst ? (second << 16) | first : (first << 16) | second;
        switch (encoding)
        {
            case RegisterEncoding.Int32: return DecimalScaling.Scale((int)bits, 6 + scale, out micro);
            case RegisterEncoding.UInt32: return DecimalScaling.Scale(bits, 6 + scale, out micro);
            case RegisterEncoding.Float32: return Float32ToMicro(bits, scale, out micro);
            case RegisterEncoding.T5:
                return DecimalScaling.Scale(bits & 0xFFFFFF, 6 + (sbyte)(bits >> 24) + scale, out micro);
            case RegisterEncoding.T6:
            {
                long v = bits & 0xFFFFFF;
                if ((v & 0x800000) != 0) v -= 0x1000000;
                return DecimalScaling.Scale(v, 6 + (sbyte)(bits >> 24) + scale, out micro);
            }
            case RegisterEncoding.T7Capacitive:
                return DecimalScaling.Scale(((bits >> 16) & 0xFF) == 0 ? 0 : 1, 6, out micro);
            default:
            {
                // T7: byte 3 import (00) / export (FF), byte 2 inductive / capacitive, low word PF × 10000.
                // The sign follows the direction of active power (export negative); ind/cap is read by T7Capacitive.
                long v = bits & 0xFFFF;
                if ((bits >> 24) == 0xFF) v = -v;
                return DecimalScaling.Scale(v, 2 + scale, out micro);
            }
        }
    }

    /// <summary>
    /// IEEE-754 single bits × 10^scale → micro-units, round half to even, exact: the float's value is
    /// m × 2^e, so the result is m × 10^(6+scale) × 2^e rounded once. scale must be in [-6, 5].
    /// </summary>
    public static bool Float32ToMicro(uint bits, int scale, out long micro)
    {
        micro = 0;
        int k = 6 + scale;
        if (k < 0 || k > 11) return false;
        bool negative = (bits & 0x80000000u) != 0;
        int exponentField = (int)((bits >> 23) & 0xFF);
        ulong mantissa = bits & 0x7FFFFF;
        if (exponentField == 0xFF) return false;
        int e;
        if (exponentField == 0) e = -149;
        else
        {
            mantissa |= 0x800000;
            e = exponentField - 150;
        }
        // mantissa < 2^24 and 10^11 < 2^37, so the product stays below 2^61.
        ulong n = mantissa;
        for (int i = 0; i < k; i++) n *= 10;
        ulong q;
        if (e >= 0)
        {
            if (n != 0 && e >= 63) return false;
            if (e > 0 && n > (ulong)long.MaxValue >> e) return false;
            q = n << e;
        }
        else
        {
            int shift = -e;
            if (shift >= 64) q = 0;
            else
            {
                q = n >> shift;
                ulong remainder = n & ((1UL << shift) - 1);
                ulong half = 1UL << (shift - 1);
                if (remainder > half || (remainder == half && (q & 1) == 1)) q++;
            }
        }
        if (q > (ulong)long.MaxValue) return false;
        micro = negative ? -(long)q : (long)q;
        return true;
    }
}
