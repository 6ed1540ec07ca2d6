using System.Diagnostics;
using System.Text.RegularExpressions;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>The program as a user starts it: prints its URL and serves the configured simulator devices.</summary>
public sealed class ProgramStartTests
{
    [Fact]
    public async Task StartingTheProgramPrintsTheUrlItServesOn()
    {
        string data = Directory.CreateTempSubdirectory("sg-start-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--Gateway:DataDirectory=" + data);
        start.ArgumentList.Add("--Gateway:DiscoveryPort=0");
        start.ArgumentList.Add("--Gateway:Simulator:Enabled=true");
        start.ArgumentList.Add("--Gateway:ModbusTcpPort=0"); // tests listen on loopback only
        using Process process = Process.Start(start)!;
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        try
        {
            // A minute, as for HostProcess: the whole suite starts many hosts at once on a small machine.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
                url = Regex.Match(line, @"^SmartGateway listening on (http://127\.0\.0\.1:\d+)$") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.NotNull(url);
            // Keep draining the log so the host never blocks on a full pipe.
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);

            using var http = new HttpClient { BaseAddress = new Uri(url) };
            await DemoHouse.WaitForDevicesAsync(http, timeout.Token);
            string devices = await http.GetStringAsync("/api/devices", timeout.Token);
            Assert.Contains("\"IE38MD\"", devices, StringComparison.Ordinal); // appsettings.json beside the program was read
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
