using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Api;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.6: a meter's energy counters in the REST API's shape (Wh/varh/VAh numbers).</summary>
public sealed class CountersCommand(IDeviceDirectory directory, IMeasurementSource source) : IMqttCommand
{
    public string Name => "counters";

    public Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken) =>
        Task.FromResult(Reply(CommandArguments.Device(data, directory)));

    public MqttReply Reply(DeviceSlot slot)
    {
        if (!slot.IsMeter) throw new CommandException($"{slot.Interface} ({slot.Model}) has no counters");
        DeviceCounters counters = source.Counters(slot.Slot) ?? throw new CommandException($"{slot.Interface} ({slot.Model}) has not been read yet");
        var lists = new CounterLists(
            CountersApi.Entries(counters.NonResettable, CountersApi.NonResettableLimit),
            CountersApi.Entries(counters.Resettable, CountersApi.ResettableLimit));
        JsonObject payload = CommandArguments.DeviceHead(Name, slot);
        payload["counters"] = JsonSerializer.SerializeToNode(lists, ApiJsonContext.Default.CounterLists);
        return new MqttReply(MqttTopics.Counters, payload);
    }
}
