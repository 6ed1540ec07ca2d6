using System.Text.Json.Nodes;
using SmartGateway.Host.Api;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Mqtt.Commands;

/// <summary>§4.7.7: "val" = "on", "off", "toggle" or "state"; addr 0 = the right IR Bicom.</summary>
public sealed class BicomMqttCommand(IDeviceDirectory directory, IBicomControl bicoms) : IMqttCommand
{
    public string Name => "bicom";

    public async Task<MqttReply> ExecuteAsync(JsonObject data, CancellationToken cancellationToken)
    {
        DeviceSlot slot = CommandArguments.Device(data, directory, bicom: true);
        if (!slot.IsBicom) throw new CommandException($"{slot.Interface} ({slot.Model}) is not a Bicom");
        string val = CommandArguments.OptionalString(data, "val")?.Trim().ToLowerInvariant()
            ?? throw new CommandException("\"val\" is missing (on, off, toggle or state)");
        BicomState state;
        if (val == "state")
        {
            state = bicoms.States().FirstOrDefault(s => s.Slot == slot.Slot) ?? throw new CommandException($"{slot.Interface} is not known to the Bicom control");
        }
        else
        {
            BicomCommand command = BicomsApi.ParseCommand(val) ?? throw new CommandException("\"val\" must be on, off, toggle or state");
            try
            {
                state = await bicoms.SwitchAsync(slot.Slot, command, cancellationToken);
            }
            catch (DeviceException exception)
            {
                throw new CommandException(exception.Message);
            }
        }
        JsonObject payload = CommandArguments.DeviceHead(Name, slot);
        payload["state"] = BicomsApi.StateText(state.On);
        return new MqttReply(MqttTopics.Bicom, payload);
    }
}
