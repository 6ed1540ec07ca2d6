using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Host.Rules;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>Issue 13: compilation runs off the tick and the thread pool, one job at a time with a few waiting,
/// within a CPU, wall-clock and memory budget, and stops when its client goes away.</summary>
public sealed class CompileGateTests : IDisposable
{
    private readonly CompileGate _gate = new(new CompileGate.Budget(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5), 64L << 20));

    public void Dispose() => _gate.Dispose();

    [Fact]
    public async Task WorkRunsOnTheGatesOwnThreadNotThePools()
    {
        (string? name, bool pooled) = await _gate.RunAsync(_ => (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread), CancellationToken.None);
        Assert.Equal("compile gate", name);
        Assert.False(pooled);
    }

    [Fact]
    public async Task OneJobRunsAtATimeAndTooManyWaitingAreRefusedAsBusy()
    {
        using var release = new ManualResetEventSlim();
        int running = 0;
        int most = 0;
        int Work(CancellationToken _)
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            release.Wait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return 0;
        }

        var accepted = Enumerable.Range(0, CompileGate.MaxWaiting + 1).Select(_ => _gate.RunAsync(Work, CancellationToken.None)).ToList();
        CompileRefusedException busy = await Assert.ThrowsAsync<CompileRefusedException>(() => _gate.RunAsync(Work, CancellationToken.None));
        Assert.Equal(CompileRefusal.Busy, busy.Reason);
        release.Set();
        await Task.WhenAll(accepted);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task AJobOverItsCpuBudgetIsRefusedAndCancelled()
    {
        var cancelled = new TaskCompletionSource();
        CompileRefusedException refused = await Assert.ThrowsAsync<CompileRefusedException>(() => _gate.RunAsync(token =>
        {
            while (!token.IsCancellationRequested) Thread.SpinWait(1000);
            cancelled.SetResult();
            return 0;
        }, CancellationToken.None));
        Assert.Equal(CompileRefusal.CpuTime, refused.Reason);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AJobOverItsMemoryBudgetIsRefused()
    {
        CompileRefusedException refused = await Assert.ThrowsAsync<CompileRefusedException>(() => _gate.RunAsync(token =>
        {
            var held = new List<byte[]>();
            while (!token.IsCancellationRequested)
            {
                held.Add(new byte[1 << 20]);
                Thread.Sleep(5);
            }
            return held.Count;
        }, CancellationToken.None));
        Assert.Equal(CompileRefusal.Memory, refused.Reason);
    }

    [Fact]
    public async Task AJobWhoseClientWentAwayStopsTheCompiler()
    {
        using var client = new CancellationTokenSource();
        byte[] source = Encoding.UTF8.GetBytes("automation \"a\" on change { when ir.left.P > 1 kW then bicom ir.right on }");
        client.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _gate.RunAsync(token => Compilation.Compile("a.sgr", source, token), client.Token));
        Assert.Throws<OperationCanceledException>(() => Compilation.Compile("a.sgr", source, client.Token));
    }
}
