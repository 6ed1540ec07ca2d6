namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// A master transaction as a state machine that does no I/O: the driver sends <see cref="Frame"/> when
/// <see cref="State"/> is <see cref="MustSend"/>, reports it with <see cref="Sent"/>, feeds whatever
/// bytes arrive to <see cref="Receive"/> and the clock to <see cref="Tick"/>, until the state is
/// <see cref="Done"/>. Firmware (UART) and host (serial, TCP) drive the same checks this way.
/// A reply that fails any check is dropped and the request retried; only <see cref="TransactionStatus.Ok"/>
/// leaves values in <see cref="Registers"/>.
/// </summary>
public sealed class Transaction
{
    public const byte Idle = 0;
    public const byte MustSend = 1;
    public const byte Waiting = 2;
    public const byte Done = 3;

    public const int BufferSize = 264;

    private readonly bool _tcp;
    private readonly byte[] _rx = new byte[BufferSize];
    private int _rxCount;
    private long _lastByteMicros;
    private long _deadline;
    private ModbusRequest? _request;
    private int _transactionId;

    public Transaction(bool tcp)
    {
        _tcp = tcp;
    }

    /// <summary>How long to wait for a reply after the request was sent.</summary>
    public long ResponseTimeoutMicros = 1000000;

    /// <summary>How many times a failed attempt is repeated before the transaction fails.</summary>
    public int Retries = 1;

    /// <summary>
    /// RTU only: a silence longer than this inside a reply breaks the frame (the t1.5/t3.5 rule). 0 ends
    /// frames by their length alone, for ports that deliver bytes in bursts with no usable timing.
    /// </summary>
    public long GapMicros;

    public readonly byte[] Frame = new byte[BufferSize];
    public int FrameLength;

    /// <summary>Registers of a successful read, [0..request count).</summary>
    public readonly ushort[] Registers = new ushort[FunctionCode.MaxReadCount];

    public byte State;
    public byte Status;
    public byte ExceptionCode;
    public int Attempts;

    /// <summary>Why the latest attempt failed (a status), kept for diagnostics even after a successful retry.</summary>
    public byte LastFailure;

    public int TransactionId => _transactionId;

    public ModbusRequest? Request => _request;

    /// <summary>Starts a transaction; the transaction id matters for TCP only.</summary>
    public void Begin(ModbusRequest request, int transactionId)
    {
        _request = request;
        _transactionId = transactionId & 0xFFFF;
        FrameLength = _tcp ? MbapHeader.EncodeRequest(request, _transactionId, Frame) : RtuFraming.EncodeRequest(request, Frame);
        Attempts = 0;
        Status = TransactionStatus.Pending;
        ExceptionCode = Modbus.ExceptionCode.None;
        LastFailure = TransactionStatus.Pending;
        _rxCount = 0;
        State = MustSend;
    }

    /// <summary>The driver has put <see cref="Frame"/> on the wire at nowMicros.</summary>
    public void Sent(long nowMicros)
    {
        if (State != MustSend) return;
        Attempts++;
        _rxCount = 0;
        _deadline = nowMicros + ResponseTimeoutMicros;
        State = Waiting;
    }

    /// <summary>Microseconds left before the current attempt times out (0 when not waiting).</summary>
    public long MicrosLeft(long nowMicros)
    {
        if (State != Waiting) return 0;
        long left = _deadline - nowMicros;
        return left > 0 ? left : 0;
    }

    public void Tick(long nowMicros)
    {
        if (State != Waiting) return;
        if (!_tcp && _rxCount > 0 && GapMicros > 0 && nowMicros - _lastByteMicros > GapMicros)
        {
            Fail(TransactionStatus.Malformed);
            return;
        }
        if (nowMicros >= _deadline) Fail(TransactionStatus.Timeout);
    }

    public void Receive(byte[] data, int offset, int count, long nowMicros)
    {
        if (State != Waiting) return;
        if (!_tcp && _rxCount > 0 && GapMicros > 0 && nowMicros - _lastByteMicros > GapMicros) _rxCount = 0;
        _lastByteMicros = nowMicros;
        int room = BufferSize - _rxCount;
        if (count > room) count = room;
        for (int i = 0; i < count; i++) _rx[_rxCount + i] = data[offset + i];
        _rxCount += count;
        if (_tcp) ReceiveTcp();
        else ReceiveRtu();
    }

    private void ReceiveRtu()
    {
        int length = RtuFraming.ResponseLength(_rx, _rxCount);
        if (length < 0)
        {
            Fail(TransactionStatus.WrongFunction);
            return;
        }
        if (length == 0 || _rxCount < length) return;
        if (!Crc16.Check(_rx, 0, length))
        {
            Fail(TransactionStatus.BadCrc);
            return;
        }
        Finish(_rx[0], 1, length - 3);
    }

    private void ReceiveTcp()
    {
        while (_rxCount >= MbapHeader.Size)
        {
            int length = MbapHeader.Length(_rx, 0);
            if (length < 2 || length > MbapHeader.MaxPdu + 1 || MbapHeader.ProtocolId(_rx, 0) != 0)
            {
                Fail(TransactionStatus.Malformed);
                return;
            }
            int total = 6 + length;
            if (_rxCount < total) return;
            if (MbapHeader.TransactionId(_rx, 0) == _transactionId)
            {
                Finish(MbapHeader.Unit(_rx, 0), MbapHeader.Size, length - 1);
                return;
            }
            // A late reply to an earlier, timed-out transaction: drop it and keep waiting for ours.
            for (int i = total; i < _rxCount; i++) _rx[i - total] = _rx[i];
            _rxCount -= total;
        }
    }

    private void Finish(byte unit, int pduOffset, int pduLength)
    {
        byte code;
        byte status = ReplyCheck.Check(_request!, unit, _rx, pduOffset, pduLength, Registers, out code);
        if (status == TransactionStatus.Ok || status == TransactionStatus.Exception)
        {
            ExceptionCode = code;
            Status = status;
            State = Done;
            return;
        }
        Fail(status);
    }

    private void Fail(byte status)
    {
        LastFailure = status;
        _rxCount = 0;
        if (Attempts <= Retries)
        {
            State = MustSend;
            return;
        }
        Status = status;
        State = Done;
    }
}
