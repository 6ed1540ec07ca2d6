using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SmartGateway.Host.Tests.Support;

/// <summary>A real Mosquitto on two free loopback ports: plain TCP with username/password, and TLS that
/// requires a client certificate signed by the test CA. Started per fixture, killed on dispose.</summary>
public sealed class MosquittoBroker : IDisposable
{
    public const string Username = "sg";
    public const string Password = "broker-secret";
    private readonly string _config;
    private Process _process;

    public MosquittoBroker()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sg-mosquitto-").FullName;
        Certificates = new TestCertificates(Directory);
        PlainPort = FreePort();
        TlsPort = FreePort();
        Run(Tool("mosquitto_passwd"), "-b", "-c", Path.Combine(Directory, "passwd"), Username, Password);

        _config = Path.Combine(Directory, "mosquitto.conf");
        File.WriteAllText(_config, $"""
            {(Environment.UserName == "root" ? "user root" : "")}
            per_listener_settings true
            persistence false
            log_dest stderr
            listener {PlainPort} 127.0.0.1
            allow_anonymous false
            password_file {Path.Combine(Directory, "passwd")}
            listener {TlsPort} 127.0.0.1
            allow_anonymous false
            cafile {Certificates.Ca}
            certfile {Certificates.Server}
            keyfile {Certificates.ServerKey}
            require_certificate true
            use_identity_as_username true

            """);
        _process = Start();
    }

    public string Directory { get; }
    public TestCertificates Certificates { get; }
    public int PlainPort { get; }
    public int TlsPort { get; }
    public List<string> Log { get; } = [];

    /// <summary>Kills the broker and starts it again on the same ports (clients must reconnect).</summary>
    public void Restart()
    {
        _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
        _process = Start();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>Debian installs the broker in /usr/sbin, which a non-root PATH may lack.</summary>
    public static string Tool(string name)
    {
        IEnumerable<string> path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/bin", "/usr/local/sbin"]);
        return path.Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{name} is not installed (apt-get install mosquitto mosquitto-clients)");
    }

    private Process Start()
    {
        var start = new ProcessStartInfo(Tool("mosquitto")) { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(_config);
        Process process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (Log) Log.Add(e.Data); };
        process.BeginErrorReadLine();
        WaitForPort(process, PlainPort);
        WaitForPort(process, TlsPort);
        return process;
    }

    private void WaitForPort(Process process, int port)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(50);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"mosquitto did not listen on {port}: {string.Join("\n", Log)}");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        using Process process = Process.Start(start)!;
        process.WaitForExit(10_000);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
    }
}
