using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt;

/// <summary>Reads command arguments with errors that name the argument.</summary>
public static class CommandArguments
{
    public static int? OptionalInt(JsonObject data, string name)
    {
        if (!data.TryGetPropertyValue(name, out JsonNode? node) || node is null) return null;
        if (node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out int value)) return value;
        throw new CommandException($"\"{name}\" must be an integer");
    }

    public static int RequiredInt(JsonObject data, string name) =>
        OptionalInt(data, name) ?? throw new CommandException($"\"{name}\" is missing");

    public static string? OptionalString(JsonObject data, string name)
    {
        if (!data.TryGetPropertyValue(name, out JsonNode? node) || node is null) return null;
        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : throw new CommandException($"\"{name}\" must be a string");
    }

    /// <summary>A device named by "addr" (0 = the IR port), "index" (metering index) or "serial_number".</summary>
    public static DeviceSlot Device(JsonObject data, IDeviceDirectory directory, bool bicom = false, string addressName = "addr")
    {
        DeviceSlot? slot;
        string how;
        if ((OptionalString(data, "serial_number") ?? OptionalString(data, "serial")) is string serial)
        {
            slot = directory.BySerial(serial);
            how = $"serial number {serial}";
        }
        else if (OptionalInt(data, addressName) is int address)
        {
            slot = directory.ByAddress(address, bicom);
            how = $"address {address}";
        }
        else if (OptionalInt(data, "index") is int index)
        {
            slot = directory.ByIndex(index);
            how = $"index {index}";
        }
        else
        {
            throw new CommandException($"name the device by \"{addressName}\", \"index\" or \"serial_number\"");
        }
        if (slot is null || slot.IsEmpty) throw new CommandException($"no device at {how}");
        return slot;
    }

    /// <summary>The common head of device replies: which device answered.</summary>
    public static JsonObject DeviceHead(string cmd, DeviceSlot slot) => new()
    {
        ["cmd"] = cmd,
        ["interface"] = slot.Interface,
        ["addr"] = slot.Address,
        ["index"] = MeteringIndex.FromSlot(slot.Slot),
        ["model"] = slot.Model,
        ["serial_number"] = slot.Serial,
    };
}
