using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt;

/// <summary>Mosquitto plus the gateway with link 1 on plain TCP (username/password) and link 2 on TLS with
/// a client certificate, and a user-side client subscribed to both links' answers.</summary>
public sealed class MqttGatewayFixture : IAsyncLifetime
{
    public const string PlainRoot = "gw-plain";
    public const string TlsRoot = "gw-tls";

    public MosquittoBroker Broker { get; } = new();
    public RecordingReboot Reboot { get; } = new();
    public GatewayFactory Gateway { get; private set; } = null!;
    public MqttTestClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = await MqttTestClient.ConnectAsync(Broker, $"{PlainRoot}/publish/#", $"{TlsRoot}/publish/#");
        Gateway = new GatewayFactory(new()
        {
            ["Gateway:Links:0:Mode"] = "mqtt",
            ["Gateway:Links:0:Server"] = "127.0.0.1",
            ["Gateway:Links:0:Port"] = Broker.PlainPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:Links:0:Username"] = MosquittoBroker.Username,
            ["Gateway:Links:0:Password"] = MosquittoBroker.Password,
            ["Gateway:Links:0:RootTopic"] = PlainRoot,
            ["Gateway:Links:1:Mode"] = "mqtt",
            ["Gateway:Links:1:Server"] = "127.0.0.1",
            ["Gateway:Links:1:Port"] = Broker.TlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:Links:1:Protocol"] = "tls",
            ["Gateway:Links:1:RootTopic"] = TlsRoot,
            ["Gateway:Links:1:CaCertificate"] = Path.GetFileName(Broker.Certificates.Ca),
            ["Gateway:Links:1:ClientCertificate"] = Path.GetFileName(Broker.Certificates.Client),
            ["Gateway:Links:1:ClientKey"] = Path.GetFileName(Broker.Certificates.ClientKey),
        }, services => services.AddSingleton<IRebootAction>(Reboot), Broker.Certificates.GatewayFiles);
        _ = Gateway.Services; // starts the host and its links
        await Client.WaitForAsync(m => m.Topic == $"{PlainRoot}/publish/connection" && m.Payload == "online");
        await Client.WaitForAsync(m => m.Topic == $"{TlsRoot}/publish/connection" && m.Payload == "online");
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Gateway.Dispose();
        Broker.Dispose();
    }

    public sealed class RecordingReboot : IRebootAction
    {
        public int Requests;

        public void Request() => Interlocked.Increment(ref Requests);
    }
}
