using System;
using System.IO.Ports;
using System.Threading;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Modbus;

/// <summary>
/// Drives the shared runtime's <see cref="Transaction"/> over one UART: sends its frame, feeds it the bytes
/// that arrive and the clock, until it is done. All Modbus checks (CRC, unit, echo, retries, timeout) are
/// the runtime's; this class only moves bytes. One master per port, used from one thread.
/// </summary>
public sealed class RtuMaster
{
    private readonly SerialPort _port;
    private readonly Transaction _transaction = new Transaction(false);
    private readonly byte[] _rx = new byte[Transaction.BufferSize];
    private readonly object _lock = new object();

    public RtuMaster(SerialPort port, long responseTimeoutMicros, int retries)
    {
        _port = port;
        _transaction.ResponseTimeoutMicros = responseTimeoutMicros;
        _transaction.Retries = retries;
        // The ESP32 UART driver hands bytes over in FIFO bursts, so inter-character gaps are not visible
        // here: frames end by their length and CRC (Transaction.GapMicros = 0 means exactly that).
        _transaction.GapMicros = 0;
    }

    /// <summary>The transaction after the last <see cref="Execute"/>: Status, Registers, ExceptionCode.</summary>
    public Transaction Last => _transaction;

    /// <summary>
    /// Runs one request to completion; returns the final <see cref="TransactionStatus"/>. A UART error
    /// (write timeout, driver fault) counts as no reply, so one bad line never stops the tick.
    /// </summary>
    public byte Execute(ModbusRequest request)
    {
        lock (_lock)
        {
            try
            {
                return Run(request);
            }
            catch (Exception)
            {
                return TransactionStatus.Timeout;
            }
        }
    }

    private byte Run(ModbusRequest request)
    {
        _transaction.Begin(request, 0);
        while (_transaction.State != Transaction.Done)
        {
            if (_transaction.State == Transaction.MustSend)
            {
                Drain();
                _port.Write(_transaction.Frame, 0, _transaction.FrameLength);
                _transaction.Sent(NowMicros());
                continue;
            }
            int available = _port.BytesToRead;
            if (available > 0)
            {
                int n = _port.Read(_rx, 0, available < _rx.Length ? available : _rx.Length);
                if (n > 0) _transaction.Receive(_rx, 0, n, NowMicros());
            }
            else
            {
                Thread.Sleep(2);
            }
            _transaction.Tick(NowMicros());
        }
        return _transaction.Status;
    }

    /// <summary>Drops late bytes of an earlier exchange (nano's SerialPort has no DiscardInBuffer).</summary>
    private void Drain()
    {
        int available = _port.BytesToRead;
        while (available > 0)
        {
            _port.Read(_rx, 0, available < _rx.Length ? available : _rx.Length);
            available = _port.BytesToRead;
        }
    }

    /// <summary>Monotonic clock (SNTP steps DateTime.UtcNow, not this).</summary>
    public static long NowMicros() => Environment.TickCount64 * 1000;
}
