using System.Numerics;
using FsCheck;
using FsCheck.Xunit;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Modbus.Tests.Codec;

public class RegisterDecoderTests
{
    private static long Decode(byte encoding, int scale, params ushort[] regs) =>
        RegisterDecoder.Decode(regs, 0, encoding, WordOrder.HighFirst, scale, out long v) ? v : throw new InvalidOperationException("not a reading");

    [Theory]
    [InlineData(RegisterEncoding.Int16, 0x8000, -32768000000L)]
    [InlineData(RegisterEncoding.Int16, 0x7FFF, 32767000000L)]
    [InlineData(RegisterEncoding.UInt16, 0xFFFF, 65535000000L)]
    [InlineData(RegisterEncoding.T16, 0xFFFF, 655350000L)]
    [InlineData(RegisterEncoding.T17, 0xF89D, -18910000L)]
    public void SingleRegisterTypesAtTheirEdges(byte encoding, int raw, long micro) =>
        Assert.Equal(micro, Decode(encoding, 0, (ushort)raw));

    [Fact]
    public void Int32AndUInt32HonourWordOrder()
    {
        ushort[] regs = [0x0001, 0x8000];
        Assert.True(RegisterDecoder.Decode(regs, 0, RegisterEncoding.UInt32, WordOrder.HighFirst, 0, out long high));
        Assert.True(RegisterDecoder.Decode(regs, 0, RegisterEncoding.Int32, WordOrder.LowFirst, 0, out long low));
        Assert.Equal(0x18000L * Fixed.Scale, high);
        Assert.Equal(unchecked((int)0x80000001) * Fixed.Scale, low);
    }

    [Fact]
    public void T5ExampleIs123456Thousandths() => Assert.Equal(123456000L, Decode(RegisterEncoding.T5, 0, 0xFD01, 0xE240));

    [Fact]
    public void T6ExampleIsMinus123456Thousandths() => Assert.Equal(-123456000L, Decode(RegisterEncoding.T6, 0, 0xFDFE, 0x1DC0));

    [Fact]
    public void T7CapacitiveImportIsPositive() => Assert.Equal(987600L, Decode(RegisterEncoding.T7, 0, 0x00FF, 0x2694));

    [Fact]
    public void T7ExportIsNegative() => Assert.Equal(-987600L, Decode(RegisterEncoding.T7, 0, 0xFF00, 0x2694));

    [Fact]
    public void T7CapacitiveFlagIsOneForByteTwoSet() => Assert.Equal(1_000_000L, Decode(RegisterEncoding.T7Capacitive, 0, 0xFFFF, 0x2694));

    [Fact]
    public void T7CapacitiveFlagIsZeroForAnInductiveExport() => Assert.Equal(0L, Decode(RegisterEncoding.T7Capacitive, 0, 0xFF00, 0x2694));

    [Fact]
    public void ExponentBelowMicroUnitsRoundsHalfToEven()
    {
        // exponent −7: 25 → 2.5 µ → 2; 35 → 3.5 µ → 4.
        Assert.Equal(2L, Decode(RegisterEncoding.T5, 0, 0xF900, 25));
        Assert.Equal(4L, Decode(RegisterEncoding.T5, 0, 0xF900, 35));
        Assert.Equal(-2L, Decode(RegisterEncoding.T6, 0, 0xF9FF, 0xFFE7));
    }

    [Fact]
    public void ValueBeyondTheLongRangeIsNotAReading()
    {
        // T5 with exponent +127 cannot be held in micro-units.
        Assert.False(RegisterDecoder.Decode([0x7F00, 0x0001], 0, RegisterEncoding.T5, 0, 0, out _));
    }

    [Theory]
    [InlineData(0x3F800000u, 1000000L)]
    [InlineData(0xC3668000u, -230500000L)]
    [InlineData(0x00000001u, 0L)]
    [InlineData(0x3DCCCCCDu, 100000L)]
    public void Float32Examples(uint bits, long micro)
    {
        Assert.True(RegisterDecoder.Float32ToMicro(bits, 0, out long v));
        Assert.Equal(micro, v);
    }

    [Fact]
    public void Float32HalfMicroRoundsToEven()
    {
        // 2.5 and 3.5 with scale −6 are 2.5 µ and 3.5 µ.
        Assert.True(RegisterDecoder.Float32ToMicro(BitConverter.SingleToUInt32Bits(2.5f), -6, out long a));
        Assert.True(RegisterDecoder.Float32ToMicro(BitConverter.SingleToUInt32Bits(3.5f), -6, out long b));
        Assert.Equal(2L, a);
        Assert.Equal(4L, b);
    }

    [Theory]
    [InlineData(0x7F800000u)]
    [InlineData(0xFF800000u)]
    [InlineData(0x7FC00000u)]
    [InlineData(0x7F7FFFFFu)]
    public void Float32InfinityNaNAndHugeAreNotReadings(uint bits) => Assert.False(RegisterDecoder.Float32ToMicro(bits, 0, out _));

    [Property(MaxTest = 5000)]
    public bool Float32ToMicroIsTheExactValueRoundedHalfToEven(DoNotSize<uint> pattern)
    {
        uint bits = pattern.Item;
        int exponentField = (int)((bits >> 23) & 0xFF);
        if (exponentField == 0xFF) return !RegisterDecoder.Float32ToMicro(bits, 0, out _);
        // From 2^43 on the value leaves the micro-unit range (checked by the examples above).
        if (exponentField > 127 + 42) return true;
        return RegisterDecoder.Float32ToMicro(bits, 0, out long micro) && micro == ReferenceMicro(bits);
    }

    [Property(MaxTest = 5000)]
    public bool EncoderGivesTheFloat32NearestToTheValue(DoNotSize<long> value, byte shift)
    {
        long micro = value.Item >> (20 + shift % 40); // keep within ±8.8e12 micro-units, where float32 is finite and normal
        uint bits = RegisterEncoder.MicroToFloat32(micro);
        if (micro == 0) return bits == 0;
        // Nearest: no neighbouring float32 is closer to the exact value.
        BigInteger v = micro;
        BigInteger below = Rational(bits - 1), at = Rational(bits), above = Rational(bits + 1);
        BigInteger scaled = v * (BigInteger.One << 200);
        var d = BigInteger.Abs(scaled - at);
        return d <= BigInteger.Abs(scaled - below) && d <= BigInteger.Abs(scaled - above);
    }

    [Property(MaxTest = 5000)]
    public bool ScalingDownMatchesBigIntegerRounding(DoNotSize<long> pattern, byte digits)
    {
        long value = pattern.Item;
        int exponent = -(digits % 20);
        Assert.True(DecimalScaling.Scale(value, exponent, out long result));
        var d = BigInteger.Pow(10, -exponent);
        var q = BigInteger.DivRem(value, d, out BigInteger r);
        int c = (BigInteger.Abs(r) * 2).CompareTo(d);
        if (c > 0 || (c == 0 && !q.IsEven)) q += value < 0 ? -1 : 1;
        return result == q;
    }

    /// <summary>A float32's value × 10^6 × 2^200 as an integer (exact for the range tested).</summary>
    private static BigInteger Rational(uint bits)
    {
        int exponentField = (int)((bits >> 23) & 0xFF);
        BigInteger m = (bits & 0x7FFFFF) + (exponentField == 0 ? 0 : 1 << 23);
        int e = (exponentField == 0 ? -149 : exponentField - 150) + 200;
        BigInteger value = m * 1_000_000 * (BigInteger.One << e);
        return (bits & 0x80000000u) != 0 ? -value : value;
    }

    [Fact]
    public void EncoderKnownValues()
    {
        Assert.Equal(0x3DCCCCCDu, RegisterEncoder.MicroToFloat32(100000));
        Assert.Equal(0xC3668000u, RegisterEncoder.MicroToFloat32(-230500000));
        Assert.Equal(0u, RegisterEncoder.MicroToFloat32(0));
    }

    [Theory]
    [InlineData(RegisterType.Int16, -32768000000L, 0x8000, 0)]
    [InlineData(RegisterType.UInt16, 65535000000L, 0xFFFF, 0)]
    [InlineData(RegisterType.Int32, -1000000L, 0xFFFF, 0xFFFF)]
    [InlineData(RegisterType.UInt32, 65536000000L, 0x0001, 0x0000)]
    [InlineData(RegisterType.Int16, 2500000L, 2, 0)]
    public void EncoderWritesWholeUnitsRoundedHalfToEven(RegisterType type, long micro, int first, int second)
    {
        ushort[] regs = new ushort[2];
        Assert.True(RegisterEncoder.Encode(micro, type, WordOrder.HighFirst, regs, 0));
        Assert.Equal((ushort)first, regs[0]);
        Assert.Equal((ushort)second, regs[1]);
    }

    [Theory]
    [InlineData(RegisterType.Int16, 32768000000L)]
    [InlineData(RegisterType.UInt16, -1000000L)]
    [InlineData(RegisterType.UInt32, 4294967296000000L)]
    public void EncoderRefusesValuesOutsideTheType(RegisterType type, long micro) =>
        Assert.False(RegisterEncoder.Encode(micro, type, WordOrder.HighFirst, new ushort[2], 0));

    [Fact]
    public void EncoderLowFirstSwapsWords()
    {
        ushort[] regs = new ushort[2];
        Assert.True(RegisterEncoder.Encode(65536000000L, RegisterType.UInt32, WordOrder.LowFirst, regs, 0));
        Assert.Equal(new ushort[] { 0, 1 }, regs);
    }

    /// <summary>m × 2^e × 10^6 rounded half to even, with exact big-integer arithmetic.</summary>
    private static long ReferenceMicro(uint bits)
    {
        int exponentField = (int)((bits >> 23) & 0xFF);
        BigInteger m = bits & 0x7FFFFF;
        int e = exponentField == 0 ? -149 : exponentField - 150;
        if (exponentField != 0) m += 1 << 23;
        BigInteger n = m * 1_000_000;
        BigInteger q;
        if (e >= 0) q = n << e;
        else
        {
            BigInteger d = BigInteger.One << -e;
            q = BigInteger.DivRem(n, d, out BigInteger r);
            int c = (r * 2).CompareTo(d);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        }
        return (bits & 0x80000000u) != 0 ? -(long)q : (long)q;
    }
}
