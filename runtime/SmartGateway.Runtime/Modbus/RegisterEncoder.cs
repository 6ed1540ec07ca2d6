using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// Fixed-point micro-units → registers for Modbus writes (rule actions: int16, uint16, int32, uint32,
/// float32). Integers are rounded half to even to whole units; float32 is the nearest single, found with
/// integer arithmetic. Returns false when the value does not fit the type.
/// </summary>
public static class RegisterEncoder
{
    public static bool Encode(long micro, RegisterType type, byte wordOrder, ushort[] registers, int offset)
    {
        if (type == RegisterType.Float32)
        {
            Put32(MicroToFloat32(micro), wordOrder, registers, offset);
            return true;
        }
        long whole;
        if (!DecimalScaling.Scale(micro, -Fixed.Decimals, out whole)) return false;
        switch (type)
        {
            case RegisterType.Int16:
                if (whole < short.MinValue || whole > short.MaxValue) return false;
                registers[offset] = (ushort)(short)whole;
                return true;
            case RegisterType.UInt16:
                if (whole < 0 || whole > ushort.MaxValue) return false;
                registers[offset] = (ushort)whole;
                return true;
            case RegisterType.Int32:
                if (whole < int.MinValue || whole > int.MaxValue) return false;
                Put32((uint)(int)whole, wordOrder, registers, offset);
                return true;
            default:
                if (whole < 0 || whole > uint.MaxValue) return false;
                Put32((uint)whole, wordOrder, registers, offset);
                return true;
        }
    }

    /// <summary>Bits of the float32 nearest to micro / 10^6 (ties to even).</summary>
    public static uint MicroToFloat32(long micro)
    {
        if (micro == 0) return 0;
        uint sign = micro < 0 ? 0x80000000u : 0;
        ulong mag = micro < 0 ? unchecked((ulong)(-(micro + 1)) + 1UL) : (ulong)micro;
        // Find s with q = floor(mag × 2^s / 10^6) in [2^25, 2^26): 24 mantissa bits, 2 rounding bits.
        int bits = 0;
        for (ulong m = mag; m != 0; m >>= 1) bits++;
        int s = 26 - (bits - 20);
        ulong q;
        bool sticky;
        while (true)
        {
            Divide(mag, s, out q, out sticky);
            if (q >= (1UL << 26)) s--;
            else if (q < (1UL << 25)) s++;
            else break;
        }
        ulong mantissa = q >> 2;
        ulong rest = q & 3;
        if (rest > 2 || (rest == 2 && (sticky || (mantissa & 1) == 1))) mantissa++;
        int exponent = 152 - s;
        if (mantissa == (1UL << 24))
        {
            mantissa >>= 1;
            exponent++;
        }
        return sign | ((uint)exponent << 23) | ((uint)mantissa & 0x7FFFFF);
    }

    private static void Divide(ulong mag, int s, out ulong q, out bool sticky)
    {
        const ulong million = 1000000;
        if (s >= 0)
        {
            ulong n = mag << s;
            q = n / million;
            sticky = n % million != 0;
        }
        else
        {
            ulong d = million << -s;
            q = mag / d;
            sticky = mag % d != 0;
        }
    }

    private static void Put32(uint bits, byte wordOrder, ushort[] registers, int offset)
    {
        ushort high = (ushort)(bits >> 16);
        ushort low = (ushort)bits;
        registers[offset] = wordOrder == WordOrder.LowFirst ? low : high;
        registers[offset + 1] = wordOrder == WordOrder.LowFirst ? high : low;
    }
}
