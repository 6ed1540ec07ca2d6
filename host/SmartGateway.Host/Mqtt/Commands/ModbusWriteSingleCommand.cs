using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.9.2: write one holding register (FC6); the answer repeats the request under "data", as for write_multi.</summary>
public sealed class ModbusWriteSingleCommand(IDeviceDirectory directory, IModbusMaster modbus) : IMqttCommand
{
    public string Name => "modbus_write_single";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        int reg = CommandArguments.RequiredInt(data, "reg");
        var register = ModbusRegister.Parse(reg);
        if (register.Table != RegisterTable.Holding) throw new CommandException("only holding registers (4xxxx) can be written");
        int value = CommandArguments.RequiredInt(data, "value");
        if (value is < short.MinValue or > ushort.MaxValue) throw new CommandException("\"value\" must fit 16 bits (-32768..65535)");
        DeviceSlot slot = ModbusTarget.Resolve(data, directory);
        int address = ModbusTarget.Address(slot);
        await ModbusTarget.Run(async () =>
        {
            await modbus.WriteSingleAsync(address, register.Address, unchecked((ushort)value), cancellationToken);
            return true;
        });
        return new MqttReply(MqttTopics.Modbus, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["cmd"] = Name, ["modbus_address"] = address, ["serial_number"] = slot.Serial, ["reg"] = reg, ["value"] = value,
            },
        });
    }
}
