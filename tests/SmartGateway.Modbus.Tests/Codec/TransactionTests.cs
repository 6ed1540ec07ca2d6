using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Modbus.Tests.Codec;

public class TransactionTests
{
    private static byte[] Rtu(params byte[] body)
    {
        byte[] frame = new byte[body.Length + 2];
        body.CopyTo(frame, 0);
        RtuFraming.AppendCrc(frame, body.Length);
        return frame;
    }

    private static Transaction StartRead(bool tcp = false, int retries = 0)
    {
        var t = new Transaction(tcp) { Retries = retries, ResponseTimeoutMicros = 1000 };
        t.Begin(ModbusRequest.Read(0x11, FunctionCode.ReadHoldingRegisters, 0x6B, 3), 7);
        t.Sent(0);
        return t;
    }

    // Application Protocol §6.3 reply: 022B 0000 0064.
    private static readonly byte[] SpecReply = Rtu(0x11, 0x03, 0x06, 0x02, 0x2B, 0x00, 0x00, 0x00, 0x64);

    [Fact]
    public void SpecReplyYieldsItsRegisters()
    {
        Transaction t = StartRead();
        t.Receive(SpecReply, 0, SpecReply.Length, 10);
        Assert.Equal(Transaction.Done, t.State);
        Assert.Equal(TransactionStatus.Ok, t.Status);
        Assert.Equal(new ushort[] { 0x022B, 0, 0x64 }, t.Registers[..3]);
    }

    [Fact]
    public void ReplyArrivingInPiecesCompletesOnItsLastByte()
    {
        Transaction t = StartRead();
        t.Receive(SpecReply, 0, 2, 10);
        t.Receive(SpecReply, 2, 5, 20);
        Assert.Equal(Transaction.Waiting, t.State);
        t.Receive(SpecReply, 7, SpecReply.Length - 7, 30);
        Assert.Equal(TransactionStatus.Ok, t.Status);
    }

    [Fact]
    public void CorruptedCrcIsRetriedAndNeverYieldsValues()
    {
        Transaction t = StartRead(retries: 1);
        byte[] bad = (byte[])SpecReply.Clone();
        bad[4] ^= 0x01;
        t.Receive(bad, 0, bad.Length, 10);
        Assert.Equal(Transaction.MustSend, t.State);
        Assert.Equal(TransactionStatus.BadCrc, t.LastFailure);
        t.Sent(20);
        t.Receive(bad, 0, bad.Length, 30);
        Assert.Equal(Transaction.Done, t.State);
        Assert.Equal(TransactionStatus.BadCrc, t.Status);
        Assert.Equal(2, t.Attempts);
    }

    [Fact]
    public void ReplyFromAnotherUnitFails()
    {
        Transaction t = StartRead();
        byte[] other = Rtu(0x12, 0x03, 0x06, 0x02, 0x2B, 0x00, 0x00, 0x00, 0x64);
        t.Receive(other, 0, other.Length, 10);
        Assert.Equal(TransactionStatus.WrongUnit, t.Status);
    }

    [Fact]
    public void ReplyToAnotherFunctionFails()
    {
        Transaction t = StartRead();
        byte[] other = Rtu(0x11, 0x04, 0x06, 0x02, 0x2B, 0x00, 0x00, 0x00, 0x64);
        t.Receive(other, 0, other.Length, 10);
        Assert.Equal(TransactionStatus.WrongFunction, t.Status);
    }

    [Fact]
    public void ReplyWithWrongByteCountFails()
    {
        Transaction t = StartRead();
        byte[] shortReply = Rtu(0x11, 0x03, 0x04, 0x02, 0x2B, 0x00, 0x00);
        t.Receive(shortReply, 0, shortReply.Length, 10);
        Assert.Equal(TransactionStatus.WrongLength, t.Status);
    }

    [Fact]
    public void ExceptionReplyEndsWithItsCode()
    {
        Transaction t = StartRead(retries: 3);
        byte[] ex = Rtu(0x11, 0x83, 0x02);
        t.Receive(ex, 0, ex.Length, 10);
        Assert.Equal(TransactionStatus.Exception, t.Status);
        Assert.Equal(ExceptionCode.IllegalDataAddress, t.ExceptionCode);
        Assert.Equal(1, t.Attempts);
    }

    [Fact]
    public void SilenceTimesOutAfterEveryRetry()
    {
        Transaction t = StartRead(retries: 2);
        long sentAt = 0;
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            t.Tick(sentAt + 999);
            Assert.Equal(Transaction.Waiting, t.State);
            t.Tick(sentAt + 1000);
            if (attempt == 3) break;
            Assert.Equal(Transaction.MustSend, t.State);
            sentAt += 2000;
            t.Sent(sentAt);
        }
        Assert.Equal(TransactionStatus.Timeout, t.Status);
        Assert.Equal(3, t.Attempts);
    }

    [Fact]
    public void GapLongerThanLimitInsideAFrameBreaksIt()
    {
        var t = new Transaction(false) { Retries = 0, ResponseTimeoutMicros = 100000, GapMicros = 750 };
        t.Begin(ModbusRequest.Read(0x11, FunctionCode.ReadHoldingRegisters, 0x6B, 3), 0);
        t.Sent(0);
        t.Receive(SpecReply, 0, 4, 100);
        t.Tick(2000);
        Assert.Equal(TransactionStatus.Malformed, t.Status);
    }

    [Fact]
    public void TcpReplyWithAnotherTransactionIdIsSkipped()
    {
        Transaction t = StartRead(tcp: true);
        byte[] stale = [0x00, 0x06, 0, 0, 0, 9, 0x11, 0x03, 0x06, 0, 1, 0, 2, 0, 3];
        byte[] ours = [0x00, 0x07, 0, 0, 0, 9, 0x11, 0x03, 0x06, 0x02, 0x2B, 0x00, 0x00, 0x00, 0x64];
        t.Receive(stale, 0, stale.Length, 10);
        Assert.Equal(Transaction.Waiting, t.State);
        t.Receive(ours, 0, ours.Length, 20);
        Assert.Equal(TransactionStatus.Ok, t.Status);
        Assert.Equal((ushort)0x022B, t.Registers[0]);
    }

    [Fact]
    public void WriteSingleEchoMustMatchTheRequest()
    {
        var t = new Transaction(false) { Retries = 0, ResponseTimeoutMicros = 1000 };
        t.Begin(ModbusRequest.WriteSingle(0x11, 1, 3), 0);
        t.Sent(0);
        byte[] echo = Rtu(0x11, 0x06, 0x00, 0x01, 0x00, 0x04);
        t.Receive(echo, 0, echo.Length, 10);
        Assert.Equal(TransactionStatus.WrongEcho, t.Status);
    }
}
