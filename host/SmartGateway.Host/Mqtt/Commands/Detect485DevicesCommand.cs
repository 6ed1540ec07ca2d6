using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.8: scan the RS485 bus; the answer goes to the status topic.</summary>
public sealed class Detect485DevicesCommand(IModbusMaster modbus) : IMqttCommand
{
    public string Name => "detect_485_devices";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        IReadOnlyList<DetectedDevice> found;
        try
        {
            found = await modbus.ScanRs485Async(cancellationToken);
        }
        catch (DeviceException exception)
        {
            throw new CommandException(exception.Message);
        }
        var devices = new JsonArray();
        foreach (DetectedDevice d in found)
            devices.Add(new JsonObject
            {
                ["model"] = d.Model, ["serial_number"] = d.Serial, ["modbus_address"] = d.Address,
                ["baud_rate"] = d.BaudRate, ["parity"] = d.Parity, ["stop_bits"] = d.StopBits,
            });
        return new MqttReply(MqttTopics.Status, new JsonObject { ["cmd"] = Name, ["devices"] = devices });
    }
}
