using System.Diagnostics;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>Finds the real peers the integration tests need, failing with a clear message when one is missing.</summary>
internal static class Tools
{
    public static string Require(string name, string package)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
        {
            string path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException($"{name} is not on PATH: install Debian's {package} (apt-get install {package}); .ci/run installs it");
    }

    /// <summary>Debian's python3, which sees Debian's python3-pymodbus.</summary>
    public static string RequirePymodbus()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) throw new InvalidOperationException("/usr/bin/python3 is missing: install python3-pymodbus");
        (int code, string? output) = Run(python, "-c \"import pymodbus; print(pymodbus.__version__)\"", TimeSpan.FromSeconds(20));
        if (code != 0) throw new InvalidOperationException("pymodbus is not importable by /usr/bin/python3: install Debian's python3-pymodbus. " + output);
        return python;
    }

    public static void RequirePythonModule(string python, string module, string package)
    {
        (int code, string? output) = Run(python, $"-c \"import {module}\"", TimeSpan.FromSeconds(20));
        if (code != 0) throw new InvalidOperationException($"{python} cannot import {module}: install Debian's {package} (apt-get install {package}). {output}");
    }

    public static (int Code, string Output) Run(string file, string arguments, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process p = Process.Start(psi)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(true);
            throw new TimeoutException($"{file} {arguments} did not finish within {timeout}");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    public static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        int port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
