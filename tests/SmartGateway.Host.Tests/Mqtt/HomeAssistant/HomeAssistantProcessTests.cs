using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Mqtt.HomeAssistant;

/// <summary>The gateway as a real process: killed without warning, its last will takes every entity offline;
/// started again on the same data with one automation fewer, it leaves exactly its entities — none twice,
/// none left over.</summary>
public sealed class HomeAssistantProcessTests : IDisposable
{
    private const string Serial = "SG000777";
    private const string Root = "ha-process";
    private const string Prefix = HomeAssistantFixture.Prefix;
    private readonly MosquittoBroker _broker = new();
    private readonly string _data = Directory.CreateTempSubdirectory("sg-ha-process-").FullName;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        _broker.Dispose();
    }

    [Fact]
    public async Task AKilledGatewayGoesOfflineAndItsRestartLeavesNoStaleOrDuplicateEntity()
    {
        string connection = Root + "/publish/connection";
        string identify = $"{Prefix}/button/{Serial}/gateway_identify/config";
        using (Process first = Start())
        {
            try
            {
                await Until(async () => NotOnline(await Retained()) ?? ((await Configs()).ContainsKey(identify) ? null : "no identify button"));
            }
            finally
            {
                first.Kill(); // SIGKILL: no DISCONNECT, so the broker publishes the will
                await first.WaitForExitAsync();
            }
        }
        IReadOnlyDictionary<string, JsonObject> before = await Configs();
        var heater = before.Keys.Where(k => k.Contains("/automations_heater_", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, heater.Count);

        await Until(async () => (await Retained()).GetValueOrDefault(connection) is var state && state == "offline" ? null : $"connection is {state}");
        // Every entity reads the connection topic for its availability (mode "all"), so all of them are unavailable now.
        Assert.All(before.Values, c => Assert.Contains(c["availability"]!.AsArray(), a => a!["topic"]!.GetValue<string>() == connection));

        // While it is down the user's automations lose "Heater" (as if edited on another copy of the database).
        var sources = new SourceStore(new GatewayDatabase(Path.Combine(_data, "gateway.db")));
        Assert.Contains("automation \"Heater\"", sources.Get(SourceStore.Automations)!.Text, StringComparison.Ordinal);
        sources.Save(SourceStore.Automations, File.ReadAllText(Path.Combine(new RuleHostOptions().DefaultsDirectory, "rules", "hvac.sgr")), "text");
        SqliteConnection.ClearAllPools();

        using Process second = Start();
        try
        {
            await Until(async () => NotOnline(await Retained())
                ?? ((await Configs()).Keys.Intersect(heater).ToList() is { Count: > 0 } left ? "still retained: " + string.Join(", ", left) : null));
            IReadOnlyDictionary<string, JsonObject> after = await Configs();
            Assert.Equal(before.Keys.Except(heater).Order(), after.Keys.Order());
            Assert.Equal(after.Count, after.Values.Select(c => c["unique_id"]!.GetValue<string>()).Distinct().Count());
            Assert.Empty(after.SelectMany(c => HomeAssistantSchema.Check(Prefix, c.Key, c.Value)));
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    /// <summary>Polls <paramref name="missing"/> (what is not there yet, or null once it all is). A real process starts in
    /// seconds, longer on a loaded machine: wait up to a minute.</summary>
    private async Task Until(Func<Task<string?>> missing)
    {
        DateTime deadline = DateTime.UtcNow.AddMinutes(1);
        while (await missing() is string reason)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the gateway process never got there ({reason}); its log ends:\n" + string.Join("\n", _log.TakeLast(60)));
            await Task.Delay(250);
        }
    }

    /// <summary>Null once connected with every device of the demo house published whole (its lines are identified after
    /// the link may connect, so a device can come in a later discovery pass; its state follows its configs).</summary>
    private static string? NotOnline(IReadOnlyDictionary<string, string> retained)
    {
        if (retained.GetValueOrDefault(Root + "/publish/connection") is var connection && connection != "online") return $"connection is {connection}";
        DemoHouse.Device? missing = DemoHouse.Devices.FirstOrDefault(d =>
            !retained.TryGetValue($"{Root}/publish/ha/{d.Serial}", out string? state) || !HomeAssistantFixture.IsWhole(d, state));
        return missing == null ? null : $"{missing} not published whole: {retained.GetValueOrDefault($"{Root}/publish/ha/{missing.Serial}")}";
    }

    private Task<IReadOnlyDictionary<string, string>> Retained() => RetainedMessages.ReadAsync(_broker, Root + "/publish/#");

    private Task<IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject>> Configs() => RetainedMessages.ConfigsAsync(_broker, Prefix);

    /// <summary>The built host with the manual's example automations, link 1 on the test broker.</summary>
    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string? argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"),
            "--urls=http://127.0.0.1:0",
            "--Gateway:DataDirectory=" + _data,
            "--Gateway:SerialNumber=" + Serial,
            "--Gateway:DiscoveryPort=0",
            "--Gateway:Simulator:Enabled=true",
            "--Gateway:ModbusTcpPort=0",
            "--Gateway:Links:0:Mode=mqtt",
            "--Gateway:Links:0:Server=127.0.0.1",
            "--Gateway:Links:0:Port=" + _broker.PlainPort.ToString(CultureInfo.InvariantCulture),
            "--Gateway:Links:0:Username=" + MosquittoBroker.Username,
            "--Gateway:Links:0:Password=" + MosquittoBroker.Password,
            "--Gateway:Links:0:RootTopic=" + Root,
        })
            start.ArgumentList.Add(argument);
        Process process = Process.Start(start)!;
        // Drained so a chatty log never blocks the child on a full pipe; kept to explain a timeout.
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line == null) return;
        _log.Enqueue(line);
        while (_log.Count > 200) _log.TryDequeue(out _);
    }
}
