using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The program as `dotnet run` starts it (the simulated-site launch profile, the default configuration, the manual's
/// example automations), its demo house sped up: the examples act on the house and nothing is logged as a problem.
/// </summary>
public sealed class DemoSiteProcessTests
{
    [Fact]
    public async Task TheShippedExamplesSwitchTheDemoHouseAndTheLogShowsNoWarningOrError()
    {
        string data = Directory.CreateTempSubdirectory("sg-demo-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"));
        start.ArgumentList.Add("--Gateway:Simulator:Enabled=true"); // what the simulated-site launch profile sets
        start.ArgumentList.Add("--Gateway:Simulator:TimeScale=600"); // ten minutes of the house's day every second
        // Only what keeps the test off the machine's fixed ports and files:
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--Gateway:DataDirectory=" + data);
        start.ArgumentList.Add("--Gateway:DiscoveryPort=0");
        start.ArgumentList.Add("--Gateway:ModbusTcpPort=0");
        var log = new ConcurrentQueue<string>();
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            using var http = new HttpClient { BaseAddress = new Uri(await url.Task.WaitAsync(timeout.Token)) };

            // The HVAC example's start-up branch writes normal mode to the controller at address 4 and switches the
            // right IR Bicom; the heater example switches the water heater's Bicom.
            string[] done = ["\"HVAC eco mode\": modbus 4 fc6 register 3011 int16 4", "\"HVAC eco mode\": bicom ir.right on", "\"Heater\": bicom rs485.32 "];
            JsonArray events;
            do
            {
                await Task.Delay(250, timeout.Token);
                events = (await http.GetJsonAsync("/api/events?count=100"))["events"]!.AsArray();
            }
            while (!done.All(d => events.Any(e => Message(e).StartsWith(d, StringComparison.Ordinal))));

            await Task.Delay(TimeSpan.FromSeconds(15), timeout.Token); // a few hours of the house's day
            events = (await http.GetJsonAsync("/api/events?count=1000"))["events"]!.AsArray();
            Assert.Empty(events.Where(e => e!["level"]!.GetValue<string>() != "info").Select(Message));
            Assert.DoesNotContain(log, line => Regex.IsMatch(line, @"^(warn|fail|crit):"));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }

        void Read(string? line)
        {
            if (line is null) return;
            log.Enqueue(line);
            if (Regex.Match(line, @"^SmartGateway listening on (http://127\.0\.0\.1:\d+)$") is { Success: true } m) url.TrySetResult(m.Groups[1].Value);
        }
    }

    private static string Message(JsonNode? entry) => entry!["message"]!.GetValue<string>();
}
