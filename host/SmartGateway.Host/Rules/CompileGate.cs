using System.Collections.Concurrent;

namespace SmartGateway.Host.Rules;

/// <summary>
/// Where every compilation an API request asks for runs: on one thread of its own (never the tick's, never
/// the thread pool's), one job at a time, at most <see cref="MaxWaiting"/> more waiting. Each job has a
/// budget — <see cref="CpuBudget"/> of CPU time, <see cref="WallBudget"/> of wall time and
/// <see cref="MemoryBudgetBytes"/> of managed heap growth — and is cancelled when its client goes away.
/// </summary>
/// <remarks>A watchdog checks the budgets every 50 ms. Over budget, the job's caller is answered at once and
/// the compiler is cancelled through its token (it stops at its next phase boundary); the next job starts
/// only after that, so however many requests arrive, compilation never takes more than one core.</remarks>
public sealed class CompileGate : IDisposable
{
    public const int MaxWaiting = 4;
    public const long MemoryBudgetBytes = 256L << 20;
    public static readonly TimeSpan CpuBudget = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan WallBudget = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan WatchPeriod = TimeSpan.FromMilliseconds(50);

    private readonly BlockingCollection<IJob> _jobs = new();
    private readonly Budget _budget;
    private int _pending;

    public CompileGate()
        : this(new Budget(CpuBudget, WallBudget, MemoryBudgetBytes))
    {
    }

    internal CompileGate(Budget budget)
    {
        _budget = budget;
        new Thread(Run) { IsBackground = true, Name = "compile gate" }.Start();
    }

    internal sealed record Budget(TimeSpan Cpu, TimeSpan Wall, long MemoryBytes);

    /// <summary>Runs <paramref name="work"/> on the gate's thread with a token that fires when the budget is
    /// spent or <paramref name="aborted"/> fires. Throws <see cref="CompileRefusedException"/> when busy or over
    /// budget, <see cref="OperationCanceledException"/> when the client went away.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken aborted)
    {
        if (Interlocked.Increment(ref _pending) > MaxWaiting + 1)
        {
            Interlocked.Decrement(ref _pending);
            return Task.FromException<T>(new CompileRefusedException(CompileRefusal.Busy,
                $"{MaxWaiting + 1} compilations are running or waiting; try again in a moment"));
        }
        var job = new Job<T>(work, aborted, _budget);
        _jobs.Add(job, CancellationToken.None);
        return job.Task;
    }

    public void Dispose() => _jobs.CompleteAdding();

    private void Run()
    {
        var clock = ThreadCpuClock.OfCurrentThread();
        foreach (IJob job in _jobs.GetConsumingEnumerable())
        {
            try
            {
                job.Run(clock);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    private interface IJob
    {
        void Run(ThreadCpuClock clock);
    }

    private sealed class Job<T>(Func<CancellationToken, T> work, CancellationToken aborted, Budget limits) : IJob
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _result.Task;

        public void Run(ThreadCpuClock clock)
        {
            if (aborted.IsCancellationRequested)
            {
                _result.TrySetCanceled(aborted);
                return;
            }
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            TimeSpan cpuAtStart = clock.Elapsed;
            long heapAtStart = GC.GetTotalMemory(false);
            var wall = System.Diagnostics.Stopwatch.StartNew();
            using var watchdog = new Timer(_ => Watch(budget, clock.Elapsed - cpuAtStart, wall.Elapsed, GC.GetTotalMemory(false) - heapAtStart),
                null, WatchPeriod, WatchPeriod);
            try
            {
                // A job already refused by the watchdog keeps that answer: TrySet… never overwrites.
                _result.TrySetResult(work(budget.Token));
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                _result.TrySetCanceled(aborted);
            }
            catch (Exception exception)
            {
                _result.TrySetException(exception);
            }
        }

        /// <summary>On the watchdog's timer: over a budget, answer the caller now and cancel the compiler.</summary>
        private void Watch(CancellationTokenSource budget, TimeSpan cpu, TimeSpan wall, long heapGrowth)
        {
            if (_result.Task.IsCompleted) return;
            CompileRefusedException? refusal =
                cpu > limits.Cpu ? new(CompileRefusal.CpuTime, $"compiling took more than {limits.Cpu.TotalSeconds:0.#} s of CPU time")
                : wall > limits.Wall ? new(CompileRefusal.WallTime, $"compiling took more than {limits.Wall.TotalSeconds:0.#} s")
                : heapGrowth > limits.MemoryBytes ? new(CompileRefusal.Memory, $"compiling needed more than {limits.MemoryBytes >> 20} MiB of memory")
                : null;
            if (refusal is null || !_result.TrySetException(refusal)) return;
            try
            {
                budget.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The job finished meanwhile.
            }
        }
    }
}
