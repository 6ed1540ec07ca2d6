using SmartGateway.Runtime.Devices;

namespace SmartGateway.Devices;

/// <summary>
/// Raw bytes to and from one physical Modbus line (a serial port or a TCP connection). Framing and
/// checks are the runtime codec's; a transport only moves bytes and reports I/O failures as IOException.
/// </summary>
public interface IModbusTransport : IDisposable
{
    /// <summary>True for Modbus TCP (MBAP frames), false for RTU.</summary>
    bool IsTcp { get; }

    /// <summary>Line settings, for RTU silence times and the planner's wire-time model.</summary>
    BusTiming Timing { get; }

    /// <summary>A name for messages ("/dev/ttyS1", "10.0.0.5:502").</summary>
    string Name { get; }

    void Send(byte[] buffer, int count);

    /// <summary>Waits up to timeout for bytes; returns how many arrived (0 when none did).</summary>
    int Receive(byte[] buffer, int offset, int count, TimeSpan timeout);

    /// <summary>Drops bytes already received, so a retry never sees the tail of an earlier reply.</summary>
    void DiscardInput();
}
