using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>Mosquitto and the gateway on its simulated devices with link 1 on the broker (discovery on by default),
/// plus a client in Home Assistant's place subscribed to the discovery prefix and the link's tree. The gateway
/// starts with <see cref="Automations"/> instead of the manual's examples, which drive both Bicoms: the tests
/// switch the relays themselves and must not race an automation's start-up action.</summary>
public sealed class HomeAssistantFixture : IAsyncLifetime
{
    public const string Root = "ha-gw";
    public const string Prefix = "homeassistant";
    public const string Node = GatewayFactory.Serial;

    public const string Automations = """
        # Test automations: they only publish, so nothing else switches the relays.
        automation "Evening" on change {   // the header keeps this comment when the automation is switched
          when time.hour >= 18
          then mqtt 1 "evening" "yes"
          else mqtt 1 "evening" "no"
        }

        automation "High load" disabled continuous {
          when ir.left.P > 10 kW ± 500 W
          then mqtt 1 "load" "high"
        }

        """;

    public MosquittoBroker Broker { get; } = new();
    public GatewayFactory Gateway { get; private set; } = null!;
    public MqttTestClient Client { get; private set; } = null!;

    public static Dictionary<string, string?> LinkSettings(MosquittoBroker broker, string root = Root) => new()
    {
        ["Gateway:Links:0:Mode"] = "mqtt",
        ["Gateway:Links:0:Server"] = "127.0.0.1",
        ["Gateway:Links:0:Port"] = broker.PlainPort.ToString(CultureInfo.InvariantCulture),
        ["Gateway:Links:0:Username"] = MosquittoBroker.Username,
        ["Gateway:Links:0:Password"] = MosquittoBroker.Password,
        ["Gateway:Links:0:RootTopic"] = root,
    };

    public async Task InitializeAsync()
    {
        Client = await MqttTestClient.ConnectAsync(Broker, Prefix + "/#", Root + "/publish/#");
        Gateway = new GatewayFactory(LinkSettings(Broker), WithAutomations(Automations));
        _ = Gateway.Services;
        await WaitForDiscoveryAsync(Client, Prefix, Node);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Gateway.Dispose();
        Broker.Dispose();
    }

    /// <summary>Start-up automations from a defaults directory of their own inside the gateway's data directory (removed
    /// with it); the tariff calendar is the usual one.</summary>
    public static Action<IServiceCollection> WithAutomations(string source) => services => services.AddSingleton(provider =>
    {
        string defaults = Path.Combine(provider.GetRequiredService<IOptions<GatewayOptions>>().Value.DataDirectory, "test-defaults");
        Directory.CreateDirectory(Path.Combine(defaults, "rules"));
        File.WriteAllText(Path.Combine(defaults, "rules", "test.sgr"), source);
        string calendar = new RuleHostOptions().DefaultCalendarPath;
        Directory.CreateDirectory(Path.Combine(defaults, "tariffs"));
        File.Copy(calendar, Path.Combine(defaults, "tariffs", Path.GetFileName(calendar)), overwrite: true);
        return new RuleHostOptions { DefaultsDirectory = defaults };
    });

    /// <summary>
    /// The identify button is the last config of a pass and the automations the last state. The link may connect
    /// before every line is identified, so a device can come in a later pass: its state follows its configs. A meter's
    /// energy counters are read in a later block of the poll cycle than its measurements, so a pass in between has the
    /// meter without them and they join its device in the next: it is whole once its state carries its first counter
    /// (<c>e1</c>, or <c>er1</c> on a meter with resettable ones only).
    /// </summary>
    public static async Task WaitForDiscoveryAsync(MqttTestClient client, string prefix, string node, string root = Root)
    {
        await client.WaitForAsync(m => m.Topic == $"{prefix}/button/{node}/gateway_identify/config");
        await client.WaitForAsync(m => m.Topic == $"{root}/publish/ha/automations");
        foreach (DemoHouse.Device device in DemoHouse.Devices)
            await client.WaitForAsync(m => m.Topic == $"{root}/publish/ha/{device.Serial}" && IsWhole(device, m.Payload));
    }

    /// <summary>A device's state once every entity it will have is there: a Bicom at once, a meter with its counters.</summary>
    internal static bool IsWhole(DemoHouse.Device device, string state) =>
        device.IsBicom || state.Contains("\"e1\":", StringComparison.Ordinal) || state.Contains("\"er1\":", StringComparison.Ordinal);

    /// <summary>Waits for a retained-state message on <paramref name="stateTopic"/> that satisfies <paramref name="match"/>.</summary>
    public async Task<JsonObject> WaitForStateAsync(string stateTopic, Func<JsonObject, bool> match, int from = 0)
    {
        (string Topic, string Payload, bool Retain) message = await Client.WaitForAsync(m => m.Topic == stateTopic && m.Payload.Length > 0
            && JsonNode.Parse(m.Payload) is JsonObject state && match(state), from);
        return JsonNode.Parse(message.Payload)!.AsObject();
    }
}
