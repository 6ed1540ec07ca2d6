using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Api;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.5: a meter's measurements in the REST API's shape, by addr (0 = left IR), index or serial.</summary>
public sealed class MeasurementsCommand(IDeviceDirectory directory, IMeasurementSource source) : IMqttCommand
{
    public string Name => "measurements";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken) =>
        Task.FromResult(Reply(CommandArguments.Device(data, directory)));

    /// <summary>Also what a periodic push publishes.</summary>
    public MqttReply Reply(DeviceSlot slot)
    {
        if (!slot.IsMeter) throw new CommandException($"{slot.Interface} ({slot.Model}) has no measurements");
        DeviceMeasurements measurements = source.Measurements(slot.Slot) ?? throw new CommandException($"{slot.Interface} ({slot.Model}) has not been read yet");
        JsonObject payload = CommandArguments.DeviceHead(Name, slot);
        payload["measurements"] = JsonSerializer.SerializeToNode(LegacyEncoding.Encode(measurements), ApiJsonContext.Default.LegacyMeasurements);
        return new MqttReply(MqttTopics.Measurements, payload);
    }
}
