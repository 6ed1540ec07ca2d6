namespace SmartGateway.Host.Gateway;

public enum RegisterTable { Holding, Input }

/// <summary>A device found by an RS485 scan, with the communication parameters it answered with.</summary>
public sealed record DetectedDevice(int Address, string Model, string Serial, int BaudRate, string Parity, int StopBits);

/// <summary>Raw Modbus access to the devices behind the gateway, by Modbus address (0 = left IR).</summary>
/// <remarks>Implemented by <see cref="Devices.BusModbusMaster"/> on the lines' `ModbusBus`es.
/// Failures are <see cref="DeviceException"/>s with a message fit for an MQTT error reply.</remarks>
public interface IModbusMaster
{
    Task<ushort[]> ReadAsync(int address, RegisterTable table, int register, int count, CancellationToken cancellationToken);

    Task WriteSingleAsync(int address, int register, ushort value, CancellationToken cancellationToken);

    Task WriteMultipleAsync(int address, int register, ushort[] values, CancellationToken cancellationToken);

    Task<IReadOnlyList<DetectedDevice>> ScanRs485Async(CancellationToken cancellationToken);
}
