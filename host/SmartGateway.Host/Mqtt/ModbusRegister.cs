using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt;

/// <summary>A register as the manual's MQTT commands write it: 4xxxx = holding register xxxx, 3xxxx = input
/// register xxxx (so 40101 is the description at holding 101, docs/DEVICE-MAPS.md), anything below 30000 a
/// holding-register PDU address as given.</summary>
public readonly record struct ModbusRegister(RegisterTable Table, int Address)
{
    public static ModbusRegister Parse(int reg) => reg switch
    {
        < 0 => throw new CommandException("\"reg\" must not be negative"),
        >= 40000 and <= 49999 => new ModbusRegister(RegisterTable.Holding, reg - 40000),
        >= 30000 and <= 39999 => new ModbusRegister(RegisterTable.Input, reg - 30000),
        < 30000 => new ModbusRegister(RegisterTable.Holding, reg),
        _ => throw new CommandException("\"reg\" must be below 50000"),
    };
}
