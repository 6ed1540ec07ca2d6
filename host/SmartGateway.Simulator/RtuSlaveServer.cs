using System.Diagnostics;
using System.IO.Ports;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Simulator;

/// <summary>
/// Serves a <see cref="SimulatedBus"/> as a Modbus RTU slave on a serial port (a pseudo-terminal in
/// tests). A pty moves bytes instantly, so with <see cref="Pace"/> the reply is held back until the
/// time a real line would deliver it: request and reply characters at the baud rate, the t3.5 that ends
/// the request and the device latency. The master's own t3.5 before its next request completes the
/// planner's wire-time formula (characters, 2 × t3.5, latency).
/// </summary>
public sealed class RtuSlaveServer : IDisposable
{
    private readonly SimulatedBus _bus;
    private readonly SerialPort _port;
    private readonly Thread _thread;
    private volatile bool _stopping;

    public RtuSlaveServer(SimulatedBus bus, string portName, int baud = 115200, Parity parity = Parity.None, StopBits stopBits = StopBits.One)
    {
        _bus = bus;
        _port = new SerialPort(portName, baud, parity, 8, stopBits) { ReadTimeout = 100, WriteTimeout = 1000 };
        _thread = new Thread(Run) { IsBackground = true, Name = "rtu-slave " + portName };
    }

    public bool Pace { get; set; } = true;
    public long LatencyMicros { get; set; } = 1000;

    public void Start()
    {
        _port.Open();
        _thread.Start();
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join(2000);
        _port.Dispose();
    }

    private void Run()
    {
        byte[] buffer = new byte[512];
        int count = 0;
        int bits = RtuTiming.BitsPerCharacter(_port.Parity != Parity.None, _port.StopBits == StopBits.Two ? 2 : 1);
        long charMicros = RtuTiming.CharacterMicros(_port.BaudRate, bits);
        long t35 = RtuTiming.T35Micros(_port.BaudRate, bits);
        long lastByte = 0;
        while (!_stopping)
        {
            int n;
            try { n = _port.Read(buffer, count, buffer.Length - count); }
            catch (TimeoutException) { n = 0; }
            catch (Exception e) when (e is IOException or InvalidOperationException) { return; }
            long now = Stopwatch.GetTimestamp();
            // Silence longer than t3.5 (with slack for a busy host) ends whatever partial frame we had.
            if (n == 0)
            {
                if (count > 0 && Stopwatch.GetElapsedTime(lastByte, now).TotalMilliseconds > 50) count = 0;
                continue;
            }
            lastByte = now;
            count += n;
            while (count >= 2)
            {
                int length = RtuFraming.RequestLength(buffer, count);
                if (length < 0 || length > 256) { count = 0; break; }
                if (length == 0 || count < length) break;
                Answer(buffer, length, now, charMicros, t35);
                Array.Copy(buffer, length, buffer, 0, count - length);
                count -= length;
            }
        }
    }

    private void Answer(byte[] frame, int length, long receivedAt, long charMicros, long t35)
    {
        // A slave ignores frames with a bad CRC, as the spec says.
        if (!Crc16.Check(frame, 0, length)) return;
        SimulatedReply reply = _bus.Handle(frame[0], frame, 1, length - 3);
        if (reply.Silent || frame[0] == 0) return;
        byte[] output = new byte[reply.PduLength + 3];
        output[0] = reply.Unit;
        Array.Copy(reply.Pdu, 0, output, 1, reply.PduLength);
        int total = RtuFraming.AppendCrc(output, 1 + reply.PduLength);
        if (reply.Corrupt) output[total - 1] ^= 0x5A;
        long waitMicros = reply.DelayMs * 1000L;
        if (Pace) waitMicros += (length + total) * charMicros + t35 + LatencyMicros;
        WaitUntil(receivedAt, waitMicros);
        try { _port.Write(output, 0, total); }
        catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException) { }
    }

    private static void WaitUntil(long start, long micros)
    {
        while (true)
        {
            double left = micros - Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (left <= 0) return;
            if (left > 2000) Thread.Sleep((int)(left / 1000) - 1);
            else Thread.SpinWait(200);
        }
    }
}
