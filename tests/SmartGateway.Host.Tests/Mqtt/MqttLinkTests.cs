using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt;

/// <summary>Link behaviour beyond single commands: refused TLS, settings changes, pushes, the last will.</summary>
public sealed class MqttLinkTests : IClassFixture<MosquittoBrokerFixture>
{
    private readonly MosquittoBroker _broker;

    public MqttLinkTests(MosquittoBrokerFixture fixture) => _broker = fixture.Broker;

    [Fact]
    public async Task TlsWithoutAClientCertificateIsRefusedAndTheStatusSaysSo()
    {
        using var gateway = new GatewayFactory(Link(0, "tls-nocert", tls: true, clientCertificate: false), files: _broker.Certificates.GatewayFiles);
        string status = await LinkStatus.WaitForAsync(gateway.CreateClient(), 1, s => s.StartsWith("Error", StringComparison.Ordinal));
        Assert.StartsWith("Error", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongBrokerPasswordIsAnErrorNotACrash()
    {
        Dictionary<string, string?> settings = Link(0, "badpw", tls: false);
        settings["Gateway:Links:0:Password"] = "wrong";
        using var gateway = new GatewayFactory(settings);
        HttpClient client = gateway.CreateClient();
        await LinkStatus.WaitForAsync(client, 1, s => s.StartsWith("Error", StringComparison.Ordinal));
        string errorFlags = (await client.GetJsonAsync("/api"))["status"]!["error_flags"]!.GetValue<string>();
        Assert.NotEqual("0x00000000", errorFlags);
    }

    [Fact]
    public async Task ChangingTheRootTopicReconnectsUnderTheNewRoot()
    {
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(_broker, "moved/publish/#", "before/publish/#");
        using var gateway = new GatewayFactory(Link(0, "before", tls: false));
        HttpClient client = gateway.CreateClient();
        await watcher.WaitForAsync(m => m.Topic == "before/publish/connection" && m.Payload == "online");
        using (HttpResponseMessage response = await client.PostJsonAsync("/api/settings", """{"links": [{"root_topic": "moved"}, {}]}"""))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await watcher.WaitForAsync(m => m.Topic == "moved/publish/connection" && m.Payload == "online");
        JsonNode hello = await watcher.RequestAsync("moved/cmd", """{"data": {"cmd": "status"}}""", "moved/publish/status/hello");
        Assert.Equal("hello world", hello["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task APushIntervalPublishesMeasurementsAndCountersOnItsOwn()
    {
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(_broker, "pusher/publish/#");
        using var gateway = new GatewayFactory(Link(0, "pusher", tls: false));
        HttpClient client = gateway.CreateClient();
        await watcher.WaitForAsync(m => m.Topic == "pusher/publish/connection" && m.Payload == "online");
        using (HttpResponseMessage response = await client.PostJsonAsync("/api/settings", """{"push": [{"slot": 2, "link1_interval": 1}]}"""))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (string Topic, string Payload, bool Retain) measurements = await watcher.WaitForAsync(m => m.Topic == "pusher/publish/measurements" && m.Payload.Contains("W4192432", StringComparison.Ordinal));
        Assert.Contains("\"Phases\"", measurements.Payload, StringComparison.Ordinal);
        await watcher.WaitForAsync(m => m.Topic == "pusher/publish/counters" && m.Payload.Contains("W4192432", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMeterThatStopsAnsweringIsReportedOnTheErrorTopic()
    {
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(_broker, "unplugged/publish/#");
        Dictionary<string, string?> settings = Link(0, "unplugged", tls: false);
        settings["Gateway:PollPeriodMs"] = "100";
        using var gateway = new GatewayFactory(settings);
        gateway.CreateClient().Dispose();
        await watcher.WaitForAsync(m => m.Topic == "unplugged/publish/connection" && m.Payload == "online");
        DeviceStack stack = gateway.Services.GetRequiredService<DeviceStack>();
        stack.Simulator(DeviceStack.LeftIr)!.FaultsOf(33).Offline = true;
        (string Topic, string Payload, bool Retain) error = await watcher.WaitForAsync(m => m.Topic == "unplugged/publish/error" && m.Payload.Contains("Left IR", StringComparison.Ordinal));
        Assert.Equal("\"Error: Left IR Energy meter not responding\"", error.Payload);
    }

    [Fact]
    public async Task AKilledGatewayLeavesItsLastWillOffline()
    {
        await using MqttTestClient watcher = await MqttTestClient.ConnectAsync(_broker, "willing/publish/connection");
        string data = Directory.CreateTempSubdirectory("sg-will-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--Gateway:DataDirectory=" + data);
        start.ArgumentList.Add("--Gateway:Simulator:Enabled=true");
        start.ArgumentList.Add("--Gateway:ModbusTcpPort=0"); // tests listen on loopback only
        foreach ((string? key, string? value) in Link(0, "willing", tls: false)) start.ArgumentList.Add($"--{key}={value}");
        using Process process = Process.Start(start)!;
        try
        {
            await watcher.WaitForAsync(m => m.Payload == "online");
            process.Kill(); // SIGKILL: no chance to say goodbye
            await watcher.WaitForAsync(m => m.Payload == "offline");
            // The will is retained: whoever looks later still sees the gateway is gone.
            await using MqttTestClient later = await MqttTestClient.ConnectAsync(_broker, "willing/publish/connection");
            (string Topic, string Payload, bool Retain) retained = await later.WaitForAsync(m => m.Retain);
            Assert.Equal("offline", retained.Payload);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private Dictionary<string, string?> Link(int link, string root, bool tls, bool clientCertificate = true)
    {
        string prefix = $"Gateway:Links:{link}:";
        var settings = new Dictionary<string, string?>
        {
            [prefix + "Mode"] = "mqtt",
            [prefix + "Server"] = "127.0.0.1",
            [prefix + "Port"] = (tls ? _broker.TlsPort : _broker.PlainPort).ToString(CultureInfo.InvariantCulture),
            [prefix + "RootTopic"] = root,
        };
        if (tls)
        {
            settings[prefix + "Protocol"] = "tls";
            settings[prefix + "CaCertificate"] = Path.GetFileName(_broker.Certificates.Ca);
            if (clientCertificate)
            {
                settings[prefix + "ClientCertificate"] = Path.GetFileName(_broker.Certificates.Client);
                settings[prefix + "ClientKey"] = Path.GetFileName(_broker.Certificates.ClientKey);
            }
        }
        else
        {
            settings[prefix + "Username"] = MosquittoBroker.Username;
            settings[prefix + "Password"] = MosquittoBroker.Password;
        }
        return settings;
    }
}

/// <summary>One broker shared by the link tests.</summary>
public sealed class MosquittoBrokerFixture : IDisposable
{
    public MosquittoBroker Broker { get; } = new();

    public void Dispose() => Broker.Dispose();
}
