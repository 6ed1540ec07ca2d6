using SmartGateway.Devices;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Raw Modbus access by address over the line the device is on: 0 = the left IR meter, otherwise the line of
/// the identified device with that address (RS485 first), else the RS485 line itself. The RS485 scan probes
/// 1–247 and makes whoever answers the RS485 devices.
/// </summary>
public sealed class BusModbusMaster(DeviceStack stack, SettingsStore settings) : IModbusMaster
{
    private const int MaxRegisters = 125;

    public Task<ushort[]> ReadAsync(int address, RegisterTable table, int register, int count, CancellationToken cancellationToken)
    {
        if (count is < 1 or > MaxRegisters) throw new DeviceException($"register count {count} is outside 1..{MaxRegisters}");
        CheckRange(register, count);
        (DeviceLine? line, byte unit) = Route(address);
        byte function = table == RegisterTable.Input ? FunctionCode.ReadInputRegisters : FunctionCode.ReadHoldingRegisters;
        return Task.Run(() => Check(line, unit, ModbusRequest.Read(unit, function, register, count)).Registers, cancellationToken);
    }

    public Task WriteSingleAsync(int address, int register, ushort value, CancellationToken cancellationToken)
    {
        CheckRange(register, 1);
        (DeviceLine? line, byte unit) = Route(address);
        return Task.Run(() => Check(line, unit, ModbusRequest.WriteSingle(unit, register, value)), cancellationToken);
    }

    public Task WriteMultipleAsync(int address, int register, ushort[] values, CancellationToken cancellationToken)
    {
        if (values.Length is < 1 or > 123) throw new DeviceException($"register count {values.Length} is outside 1..123");
        CheckRange(register, values.Length);
        (DeviceLine? line, byte unit) = Route(address);
        return Task.Run(() => Check(line, unit, ModbusRequest.WriteMultiple(unit, register, values)), cancellationToken);
    }

    public Task<IReadOnlyList<DetectedDevice>> ScanRs485Async(CancellationToken cancellationToken)
    {
        DeviceLine line = stack.Line(DeviceStack.Rs485) ?? throw new DeviceException("the RS485 port is not configured");
        RS485Settings rs485 = settings.Current.Rs485;
        // A scan blocks for seconds: its own thread, not one of the pool's.
        return Task.Factory.StartNew<IReadOnlyList<DetectedDevice>>(() => line.Scan(DeviceStack.AllAddresses(), stack.ScanTimeout)
            .Select(d => new DetectedDevice(d.Address, d.Model, d.Serial, rs485.BaudRate, rs485.Parity, rs485.StopBits))
            .ToList(), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The line and unit a Modbus address names.</summary>
    public (DeviceLine Line, byte Unit) Route(int address)
    {
        if (address is < 0 or > 247) throw new DeviceException($"Modbus address {address} is outside 0..247");
        if (address == 0)
        {
            DeviceLine left = stack.Line(DeviceStack.LeftIr) ?? throw new DeviceException("no device on the left IR port");
            return (left, left.Devices.Count > 0 ? left.Devices[0].Unit : (byte)33);
        }
        DeviceLine? ir = null;
        foreach (DeviceLine line in stack.Lines)
        {
            if (!line.Devices.Any(d => d.Unit == address)) continue;
            if (line.IsIr) ir ??= line;
            else return (line, (byte)address);
        }
        DeviceLine target = ir ?? stack.Line(DeviceStack.Rs485) ?? throw new DeviceException($"no device answers at Modbus address {address}");
        return (target, (byte)address);
    }

    private static void CheckRange(int register, int count)
    {
        if (register < 0 || register + count > 65536) throw new DeviceException($"registers {register}..{register + count - 1} are outside 0..65535");
    }

    private static ModbusResult Check(DeviceLine line, byte unit, ModbusRequest request)
    {
        ModbusResult result;
        try
        {
            result = line.Bus.Execute(request);
        }
        catch (ModbusCommunicationException exception)
        {
            throw new DeviceException(exception.Message);
        }
        if (result.Ok) return result;
        throw new DeviceException(result.Status == TransactionStatus.Exception
            ? $"Modbus address {unit} answered: {result}"
            : $"no device answers at Modbus address {unit} ({result})");
    }
}
