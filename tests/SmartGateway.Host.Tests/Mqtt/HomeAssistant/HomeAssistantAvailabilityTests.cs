using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>A meter that stops answering makes its own entities unavailable — not the gateway's, and none disappear —
/// and the gateway's problem sensor turns on until it answers again.</summary>
public sealed class HomeAssistantAvailabilityTests : IDisposable
{
    private const string Root = HomeAssistantFixture.Root;
    private readonly MosquittoBroker _broker = new();

    public void Dispose() => _broker.Dispose();

    [Fact]
    public async Task AMeterThatStopsAnsweringIsUnavailableUntilItAnswersAgain()
    {
        using var gateway = new GatewayFactory(HomeAssistantFixture.LinkSettings(_broker), HomeAssistantFixture.WithAutomations(HomeAssistantFixture.Automations));
        await using MqttTestClient client = await MqttTestClient.ConnectAsync(_broker, HomeAssistantFixture.Prefix + "/#", Root + "/publish/#");
        _ = gateway.Services;
        await HomeAssistantFixture.WaitForDiscoveryAsync(client, HomeAssistantFixture.Prefix, HomeAssistantFixture.Node);
        IReadOnlyDictionary<string, JsonObject> configs = await RetainedMessages.ConfigsAsync(_broker);
        FaultSettings faults = gateway.Services.GetRequiredService<DeviceStack>().Simulator(DeviceStack.Rs485)!.FaultsOf(1);

        faults.Offline = true;
        JsonObject meter = await WaitForState("W4192432", s => s["availability"]!.GetValue<string>() == "offline");
        Assert.Null(meter["p"]);
        Assert.True(meter.ContainsKey("e1")); // still read by its entity, as null: unknown
        await WaitForState("gateway", s => s["problem"]!.GetValue<string>() == "on");
        await WaitForState("W4170632", s => s["availability"]!.GetValue<string>() == "online");
        Assert.Equal(configs.Keys.Order(), (await RetainedMessages.ConfigsAsync(_broker)).Keys.Order());

        faults.Offline = false;
        await WaitForState("W4192432", s => s["availability"]!.GetValue<string>() == "online" && s["p"] is not null);
        await WaitForState("gateway", s => s["problem"]!.GetValue<string>() == "off");
    }

    /// <summary>The retained state a fresh subscriber gets, or the first later one that matches.</summary>
    private async Task<JsonObject> WaitForState(string device, Func<JsonObject, bool> match)
    {
        string topic = $"{Root}/publish/ha/{device}";
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(_broker, topic);
        (string Topic, string Payload, bool Retain) message = await watcher.WaitForAsync(m => m.Topic == topic && match(JsonNode.Parse(m.Payload)!.AsObject()));
        return JsonNode.Parse(message.Payload)!.AsObject();
    }
}
