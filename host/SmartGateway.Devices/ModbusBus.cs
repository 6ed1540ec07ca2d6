using System.Diagnostics;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>
/// One physical Modbus line: a transport driven through the runtime's <see cref="Transaction"/> state
/// machine, one transaction at a time (one lock per bus). Device-level failures come back as a
/// <see cref="ModbusResult"/>; line failures (IOException) as <see cref="ModbusCommunicationException"/>.
/// </summary>
public sealed class ModbusBus : IDisposable
{
    private readonly IModbusTransport _transport;
    private readonly object _lock = new();
    private readonly Transaction _transaction;
    private readonly byte[] _rx = new byte[Transaction.BufferSize];
    private readonly long _silenceMicros;
    private long _lastActivity;
    private int _transactionId;

    public ModbusBus(IModbusTransport transport, TimeSpan? responseTimeout = null, int retries = 1)
    {
        _transport = transport;
        _transaction = new Transaction(transport.IsTcp)
        {
            ResponseTimeoutMicros = (long)(responseTimeout ?? TimeSpan.FromMilliseconds(500)).TotalMicroseconds,
            Retries = retries,
        };
        _silenceMicros = transport.IsTcp ? 0 : RtuTiming.T35Micros(transport.Timing.Baud, transport.Timing.BitsPerCharacter);
    }

    public IModbusTransport Transport => _transport;

    /// <summary>Transactions run so far and attempts they took (retries included), for statistics.</summary>
    public long Transactions { get; private set; }
    public long Attempts { get; private set; }

    /// <summary>Runs one request to completion; timeout and retries override the bus defaults for this call.</summary>
    public ModbusResult Execute(ModbusRequest request, TimeSpan? timeout = null, int? retries = null)
    {
        if (!request.IsWellFormed()) throw new ArgumentException("the request breaks Modbus limits", nameof(request));
        lock (_lock)
        {
            long savedTimeout = _transaction.ResponseTimeoutMicros;
            int savedRetries = _transaction.Retries;
            if (timeout != null) _transaction.ResponseTimeoutMicros = (long)timeout.Value.TotalMicroseconds;
            if (retries != null) _transaction.Retries = retries.Value;
            try
            {
                return Run(request);
            }
            catch (IOException e)
            {
                throw new ModbusCommunicationException($"{_transport.Name}: {e.Message}", e);
            }
            catch (InvalidOperationException e)
            {
                throw new ModbusCommunicationException($"{_transport.Name}: {e.Message}", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new ModbusCommunicationException($"{_transport.Name}: {e.Message}", e);
            }
            finally
            {
                _transaction.ResponseTimeoutMicros = savedTimeout;
                _transaction.Retries = savedRetries;
            }
        }
    }

    public Task<ModbusResult> ExecuteAsync(ModbusRequest request, CancellationToken ct = default) =>
        Task.Run(() => Execute(request), ct);

    /// <summary>Reads registers or throws: <see cref="ModbusTimeoutException"/>, <see cref="ModbusExceptionResponse"/>.</summary>
    public ushort[] Read(byte unit, byte function, int address, int count)
    {
        ModbusResult r = Execute(ModbusRequest.Read(unit, function, address, count));
        return r.Status switch
        {
            TransactionStatus.Ok => r.Registers,
            TransactionStatus.Exception => throw new ModbusExceptionResponse(unit, r.ExceptionCode),
            _ => throw new ModbusTimeoutException($"{_transport.Name}: unit {unit}: {TransactionStatus.Name(r.Status)}"),
        };
    }

    public void Dispose() => _transport.Dispose();

    private ModbusResult Run(ModbusRequest request)
    {
        Transaction t = _transaction;
        t.Begin(request, ++_transactionId);
        while (t.State != Transaction.Done)
        {
            if (t.State == Transaction.MustSend)
            {
                KeepSilence();
                _transport.DiscardInput();
                _transport.Send(t.Frame, t.FrameLength);
                t.Sent(Now());
                Attempts++;
            }
            long left = t.MicrosLeft(Now());
            int n = left > 0 ? _transport.Receive(_rx, 0, _rx.Length, TimeSpan.FromMicroseconds(left)) : 0;
            long now = Now();
            if (n > 0) t.Receive(_rx, 0, n, now);
            t.Tick(now);
        }
        _lastActivity = Now();
        Transactions++;
        ushort[] registers = [];
        if (t.Status == TransactionStatus.Ok && FunctionCode.IsRead(request.Function))
        {
            registers = new ushort[request.Count];
            Array.Copy(t.Registers, registers, request.Count);
        }
        return new ModbusResult(t.Status, t.ExceptionCode, registers, t.Attempts, t.LastFailure);
    }

    /// <summary>RTU: a request may start only after t3.5 of silence since the last frame.</summary>
    private void KeepSilence()
    {
        if (_silenceMicros == 0) return;
        while (Now() - _lastActivity < _silenceMicros) Thread.SpinWait(50);
        _lastActivity = Now();
    }

    private static long Now() => (long)Stopwatch.GetElapsedTime(0).TotalMicroseconds;
}
