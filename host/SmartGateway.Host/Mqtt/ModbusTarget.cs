using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt;

/// <summary>The device a Modbus command addresses: "modbus_address" (0 = left IR) or "serial_number" (§4.7.9).</summary>
public static class ModbusTarget
{
    public static DeviceSlot Resolve(JsonObject data, IDeviceDirectory directory) =>
        CommandArguments.Device(data, directory, addressName: "modbus_address");

    /// <summary>The Modbus address to send to: the slot's own address (the left IR meter answers as 33).</summary>
    public static int Address(DeviceSlot slot) =>
        slot.Address ?? throw new CommandException($"{slot.Interface} has no Modbus address");

    public static async Task<T> Run<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (DeviceException exception)
        {
            throw new CommandException(exception.Message);
        }
    }
}
