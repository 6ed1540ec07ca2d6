using System.Globalization;

namespace SmartGateway.LoadTest;

/// <summary>Peak resident memory and thread count of a process, sampled from /proc every 100 ms. Past
/// <see cref="RssCeilingBytes"/> it reports the breach, so the run can stop before it starves the machine.</summary>
public sealed class ProcessSampler(int pid, long rssCeilingBytes)
{
    public long RssCeilingBytes { get; } = rssCeilingBytes;
    public long PeakRssBytes { get; private set; }
    public int PeakThreads { get; private set; }
    public bool CeilingBreached { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested && Sample()) await Task.Delay(100, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <summary>False once the process is gone or over the ceiling.</summary>
    public bool Sample()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (IOException)
        {
            return false;
        }
        foreach (string line in lines)
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) PeakRssBytes = Math.Max(PeakRssBytes, 1024 * Number(line));
            else if (line.StartsWith("Threads:", StringComparison.Ordinal)) PeakThreads = (int)Math.Max(PeakThreads, Number(line));
        }
        CeilingBreached |= PeakRssBytes > RssCeilingBytes;
        return !CeilingBreached;
    }

    private static long Number(string line) =>
        long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
