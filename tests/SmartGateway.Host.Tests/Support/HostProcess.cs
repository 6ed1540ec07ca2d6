using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Tests.Support;

/// <summary>
/// The built host run as a user runs it (SmartGateway.Host.dll in its own process) on the built-in simulated devices,
/// with its HTTP API and Modbus TCP server on free loopback ports and a temporary data directory.
/// </summary>
public sealed class HostProcess : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("sg-host-process-").FullName;
    private Process? _process;

    public Uri Url { get; private set; } = new("http://127.0.0.1");
    public int ModbusTcpPort { get; } = FreePort();

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SmartGateway.Host.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--Gateway:DataDirectory=" + _data);
        start.ArgumentList.Add("--Gateway:DiscoveryPort=0");
        start.ArgumentList.Add("--Gateway:Simulator:Enabled=true");
        start.ArgumentList.Add("--Gateway:ModbusTcpBind=127.0.0.1");
        start.ArgumentList.Add("--Gateway:ModbusTcpPort=" + ModbusTcpPort);
        _process = Process.Start(start)!;
        _ = _process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? url = null;
        while (url is null && await _process.StandardOutput.ReadLineAsync(timeout.Token) is string line)
            url = Regex.Match(line, @"SmartGateway listening on (http://127\.0\.0\.1:\d+)") is { Success: true } m ? m.Groups[1].Value : null;
        Url = new Uri(url ?? throw new InvalidOperationException("the host did not print its URL"));
        // Keep draining the log so the host never blocks on a full pipe.
        _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        using HttpClient http = Client();
        await DemoHouse.WaitForDevicesAsync(http, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed host still held; the temp directory is cleaned by the OS.
        }
    }

    public HttpClient Client() => new() { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(10) };

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
