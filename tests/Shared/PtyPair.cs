using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SmartGateway.Tests.Shared;

/// <summary>
/// Two connected pseudo-terminals made by socat (a real serial path for RTU tests); killed on dispose.
/// Linked into every test project that needs one.
/// </summary>
internal sealed partial class PtyPair : IDisposable
{
    private readonly Process _socat;

    public PtyPair()
    {
        string socat = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "socat")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("socat is not on PATH: install Debian's socat (apt-get install socat); .ci/run installs it");
        var psi = new ProcessStartInfo(socat, "-d -d pty,raw,echo=0 pty,raw,echo=0") { RedirectStandardError = true };
        _socat = Process.Start(psi)!;
        var paths = new List<string>();
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (paths.Count < 2)
        {
            Task<string?> line = _socat.StandardError.ReadLineAsync();
            if (!line.Wait(deadline - DateTime.UtcNow) || line.Result == null)
            {
                Dispose();
                throw new InvalidOperationException("socat did not report two pseudo-terminals within 10 s");
            }
            Match m = PtyLine().Match(line.Result);
            if (m.Success) paths.Add(m.Groups[1].Value);
        }
        // Keep draining socat's diagnostics so it never blocks on a full pipe.
        _ = _socat.StandardError.ReadToEndAsync();
        First = paths[0];
        Second = paths[1];
    }

    public string First { get; }
    public string Second { get; }

    public void Dispose()
    {
        if (!_socat.HasExited) _socat.Kill();
        _socat.WaitForExit(5000);
        _socat.Dispose();
    }

    [GeneratedRegex(@"PTY is (\S+)")]
    private static partial Regex PtyLine();
}
