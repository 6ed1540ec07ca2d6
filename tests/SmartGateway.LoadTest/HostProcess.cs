using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SmartGateway.LoadTest;

/// <summary>The built host started as a child process on loopback ports with its own temporary data
/// directory; killed and cleaned up on dispose, so a run always stops by itself.</summary>
public sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private HostProcess(Process process, string data, Uri url, int modbusPort)
    {
        _process = process;
        _data = data;
        Url = url;
        ModbusPort = modbusPort;
    }

    public Uri Url { get; }
    public int ModbusPort { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;

    public static async Task<HostProcess> StartAsync(string dll, TimeSpan timeout)
    {
        string data = Directory.CreateTempSubdirectory("sg-load-").FullName;
        int modbusPort = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string? argument in new[]
        {
            dll, "--urls=http://127.0.0.1:0", "--Gateway:DataDirectory=" + data, "--Gateway:DiscoveryPort=0", "--Gateway:Simulator:Enabled=true",
            "--Gateway:ModbusTcpBind=127.0.0.1", "--Gateway:ModbusTcpPort=" + modbusPort, "--Logging:LogLevel:Default=Error",
        }) start.ArgumentList.Add(argument);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is string line)
        {
            if (Listening().Match(line) is not { Success: true } match) continue;
            // Keep draining stdout so the host never blocks on a full pipe.
            _ = Task.Run(() => process.StandardOutput.ReadToEndAsync());
            return new HostProcess(process, data, new Uri(match.Groups[1].Value), modbusPort);
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("the host exited before it printed its URL");
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public void Dispose()
    {
        Kill();
        _process.WaitForExit(10_000);
        _process.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of /tmp.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^SmartGateway listening on (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex Listening();
}
