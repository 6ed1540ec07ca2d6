using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>The line itself failed (port gone, connection refused or dropped).</summary>
public class ModbusCommunicationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The device gave no valid reply within the timeout and retries (silence, CRC errors, wrong replies).</summary>
public sealed class ModbusTimeoutException(string message) : ModbusCommunicationException(message);

/// <summary>The device answered with a Modbus exception code.</summary>
public sealed class ModbusExceptionResponse(byte unit, byte code)
    : Exception($"unit {unit} answered: {ExceptionCode.Name(code)}")
{
    public byte Code { get; } = code;
}
