using System.Globalization;

namespace SmartGateway.Host.Rules;

/// <summary>CPU time one thread has used, read by another thread from /proc (Linux clock ticks, 10 ms).
/// Where /proc is missing the thread's wall-clock time stands in, which only over-counts.</summary>
public sealed class ThreadCpuClock
{
    private readonly string? _statPath;
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();

    private ThreadCpuClock(string? statPath) => _statPath = statPath;

    /// <summary>The clock of the calling thread.</summary>
    public static ThreadCpuClock OfCurrentThread()
    {
        try
        {
            // /proc/thread-self links to "<pid>/task/<tid>".
            string? target = new DirectoryInfo("/proc/thread-self").LinkTarget;
            string? path = target is null ? null : $"/proc/self/task/{Path.GetFileName(target)}/stat";
            return new ThreadCpuClock(path is not null && File.Exists(path) ? path : null);
        }
        catch (IOException)
        {
            return new ThreadCpuClock(null);
        }
    }

    public TimeSpan Elapsed
    {
        get
        {
            if (_statPath is null) return _wall.Elapsed;
            try
            {
                // Fields after the command name's closing parenthesis: state is field 3, utime 14, stime 15.
                string stat = File.ReadAllText(_statPath);
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return TimeSpan.FromMilliseconds(ticks * 10);
            }
            catch (IOException)
            {
                return _wall.Elapsed;
            }
        }
    }
}
