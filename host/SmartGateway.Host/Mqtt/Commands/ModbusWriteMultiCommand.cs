using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.9.3: write holding registers (FC16) from bytes, two bytes a register, high byte first
/// ([65, 66] writes 0x4142). The manual says the byte count "should be odd"; its own example has two
/// bytes, so an even count is required and an odd one is refused with an error reply.</summary>
public sealed class ModbusWriteMultiCommand(IDeviceDirectory directory, IModbusMaster modbus) : IMqttCommand
{
    public const int MaxRegisters = 123;

    public string Name => "modbus_write_multi";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        int reg = CommandArguments.RequiredInt(data, "reg");
        var register = ModbusRegister.Parse(reg);
        if (register.Table != RegisterTable.Holding) throw new CommandException("only holding registers (4xxxx) can be written");
        byte[] bytes = Bytes(data);
        ushort[] words = new ushort[bytes.Length / 2];
        for (int n = 0; n < words.Length; n++) words[n] = (ushort)(bytes[2 * n] << 8 | bytes[2 * n + 1]);
        DeviceSlot slot = ModbusTarget.Resolve(data, directory);
        int address = ModbusTarget.Address(slot);
        await ModbusTarget.Run(async () =>
        {
            await modbus.WriteMultipleAsync(address, register.Address, words, cancellationToken);
            return true;
        });
        var echoed = new JsonArray();
        foreach (byte b in bytes) echoed.Add((int)b);
        return new MqttReply(MqttTopics.Modbus, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["cmd"] = Name, ["modbus_address"] = address, ["serial_number"] = slot.Serial, ["reg"] = reg, ["values"] = echoed,
            },
        });
    }

    private static byte[] Bytes(JsonObject data)
    {
        if (data["values"] is not JsonArray values) throw new CommandException("\"values\" must be an array of bytes");
        if (values.Count == 0 || values.Count % 2 != 0 || values.Count > 2 * MaxRegisters)
            throw new CommandException($"\"values\" must hold an even number of bytes, 2..{2 * MaxRegisters} (two per register)");
        byte[] bytes = new byte[values.Count];
        for (int n = 0; n < bytes.Length; n++)
        {
            if (values[n] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number
                || !value.TryGetValue<int>(out int b) || b is < 0 or > 255)
                throw new CommandException($"\"values\"[{n}] must be a byte (0..255)");
            bytes[n] = (byte)b;
        }
        return bytes;
    }
}
