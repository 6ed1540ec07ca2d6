using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.9.1: read registers; the answer uses the manual's keys ("modbus address", "values": ["0x0002"]).</summary>
public sealed class ModbusReadCommand(IDeviceDirectory directory, IModbusMaster modbus) : IMqttCommand
{
    public const int MaxRegisters = 125;

    public string Name => "modbus_read";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        int reg = CommandArguments.RequiredInt(data, "reg");
        var register = ModbusRegister.Parse(reg);
        int count = CommandArguments.OptionalInt(data, "no_regs") ?? 1;
        if (count is < 1 or > MaxRegisters) throw new CommandException($"\"no_regs\" must be 1..{MaxRegisters}");
        DeviceSlot slot = ModbusTarget.Resolve(data, directory);
        int address = ModbusTarget.Address(slot);
        ushort[] values = await ModbusTarget.Run(() => modbus.ReadAsync(address, register.Table, register.Address, count, cancellationToken));
        var hex = new JsonArray();
        foreach (ushort value in values) hex.Add($"0x{value:X4}");
        return new MqttReply(MqttTopics.Modbus, new JsonObject
        {
            ["cmd"] = "modbus read",
            ["modbus address"] = address,
            ["serial number"] = slot.Serial,
            ["register"] = reg,
            ["number of registers"] = count,
            ["values"] = hex,
        });
    }
}
