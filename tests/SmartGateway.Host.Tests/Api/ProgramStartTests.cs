using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Tests.Api;

/// <summary>The program as a user starts it: prints its URL and serves the configured simulator devices.</summary>
public sealed class ProgramStartTests
{
    [Fact]
    public async Task StartingTheProgramPrintsTheUrlItServesOn()
    {
        var data = Directory.CreateTempSubdirectory("sg-start-").FullName;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--Gateway:DataDirectory=" + data);
        start.ArgumentList.Add("--Gateway:DiscoveryPort=0");
        start.ArgumentList.Add("--Gateway:Simulator:Enabled=true");
        start.ArgumentList.Add("--Gateway:ModbusTcpPort=0"); // tests listen on loopback only
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
                url = Regex.Match(line, @"^SmartGateway listening on (http://127\.0\.0\.1:\d+)$") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.NotNull(url);

            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var devices = await http.GetStringAsync("/api/devices", timeout.Token);
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
