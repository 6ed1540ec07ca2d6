using System.IO.Ports;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Devices;

/// <summary>Modbus RTU over a serial port (RS485 adapter, IR head, or a pseudo-terminal): 8 data bits, N/E/O parity, 1 or 2 stop bits.</summary>
public sealed class SerialTransport : IModbusTransport
{
    private readonly SerialPort _port;

    public SerialTransport(string portName, int baud = 115200, Parity parity = Parity.None, StopBits stopBits = StopBits.One, long deviceLatencyMicros = 1000)
    {
        _port = new SerialPort(portName, baud, parity, 8, stopBits) { ReadTimeout = 100, WriteTimeout = 1000 };
        Timing = new BusTiming
        {
            Tcp = false, Baud = baud, Parity = parity != Parity.None, StopBits = stopBits == StopBits.Two ? 2 : 1,
            DeviceLatencyMicros = deviceLatencyMicros,
        };
        Name = portName;
    }

    public bool IsTcp => false;
    public BusTiming Timing { get; }
    public string Name { get; }

    public void Send(byte[] buffer, int count)
    {
        if (!_port.IsOpen) _port.Open();
        _port.Write(buffer, 0, count);
    }

    public int Receive(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        if (!_port.IsOpen) _port.Open();
        int ms = (int)Math.Ceiling(timeout.TotalMilliseconds);
        _port.ReadTimeout = ms < 1 ? 1 : ms;
        try
        {
            return _port.Read(buffer, offset, count);
        }
        catch (TimeoutException)
        {
            return 0;
        }
    }

    public void DiscardInput()
    {
        if (_port.IsOpen) _port.DiscardInBuffer();
    }

    public void Dispose() => _port.Dispose();
}
