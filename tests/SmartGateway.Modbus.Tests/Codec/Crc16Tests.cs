using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Modbus.Tests.Codec;

public class Crc16Tests
{
    [Fact]
    public void CrcOfSpecExampleIs0x1241()
    {
        // Modbus over Serial Line V1.02, §6.2.2: the frame 02 07 carries CRC 0x1241, sent 41 12.
        Assert.Equal(0x1241, Crc16.Compute([0x02, 0x07], 0, 2));
    }

    [Fact]
    public void ReadHoldingRegistersSpecExampleFrameIsByteExact()
    {
        // Application Protocol §6.3 example: read 3 registers from 107 (0x6B) of slave 0x11.
        byte[] frame = new byte[8];
        int n = RtuFraming.EncodeRequest(ModbusRequest.Read(0x11, FunctionCode.ReadHoldingRegisters, 0x6B, 3), frame);
        Assert.Equal(new byte[] { 0x11, 0x03, 0x00, 0x6B, 0x00, 0x03, 0x76, 0x87 }, frame[..n]);
    }

    [Fact]
    public void CheckRejectsAFrameWithOneBitFlipped()
    {
        byte[] frame = [0x01, 0x03, 0x00, 0x00, 0x00, 0x0A, 0xC5, 0xCD];
        Assert.True(Crc16.Check(frame, 0, frame.Length));
        frame[3] ^= 0x10;
        Assert.False(Crc16.Check(frame, 0, frame.Length));
    }

    [Fact]
    public void WriteMultipleRequestMatchesSpecExample()
    {
        // Application Protocol §6.12: write 000A and 0102 to registers 2–3 of slave 0x11.
        byte[] frame = new byte[16];
        int n = RtuFraming.EncodeRequest(ModbusRequest.WriteMultiple(0x11, 1, [0x000A, 0x0102]), frame);
        Assert.Equal(new byte[] { 0x11, 0x10, 0x00, 0x01, 0x00, 0x02, 0x04, 0x00, 0x0A, 0x01, 0x02 }, frame[..(n - 2)]);
        Assert.True(Crc16.Check(frame, 0, n));
    }

    [Fact]
    public void MbapRequestHeaderCountsUnitAndPdu()
    {
        byte[] frame = new byte[16];
        int n = MbapHeader.EncodeRequest(ModbusRequest.Read(33, FunctionCode.ReadInputRegisters, 107, 2), 0x1234, frame);
        Assert.Equal(new byte[] { 0x12, 0x34, 0x00, 0x00, 0x00, 0x06, 33, 0x04, 0x00, 0x6B, 0x00, 0x02 }, frame[..n]);
    }

    [Fact]
    public void T35IsFixedAbove19200AndScalesBelow()
    {
        Assert.Equal(1750, RtuTiming.T35Micros(115200, 11));
        Assert.Equal(750, RtuTiming.T15Micros(38400, 11));
        // 9600 baud, 11 bits: 1146 µs a character, t3.5 = 4011 µs.
        Assert.Equal(1146, RtuTiming.CharacterMicros(9600, 11));
        Assert.Equal(4011, RtuTiming.T35Micros(9600, 11));
        Assert.Equal(1719, RtuTiming.T15Micros(9600, 11));
    }
}
