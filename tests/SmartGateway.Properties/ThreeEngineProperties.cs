using FsCheck;
using FsCheck.Fluent;

namespace SmartGateway.Properties;

/// <summary>
/// reference evaluator ≡ bytecode VM ≡ native back end, on the same random rule sets and traces as
/// <see cref="SemanticsProperties"/>. Cases are drawn up front and compiled natively in batches (one
/// Roslyn compilation per batch); a failure prints the case as DSL plus CSV for `sgc run`.
/// </summary>
public class ThreeEngineProperties
{
    private const int Cases = 10_000;
    private const int BatchSize = 1_000;

    [Fact]
    public void ReferenceVmAndNativeAgreeOnTenThousandRandomCases()
    {
        for (int batch = 0; batch < Cases / BatchSize; batch++)
        {
            Case[] cases = [.. Case.Arbitrary().Generator.Sample(50, BatchSize)];
            NativeEngine native = NativeEngine.Compile([.. cases.Select(c => c.Rules)]);
            for (int i = 0; i < cases.Length; i++)
            {
                Case c = cases[i];
                List<string> reference = Engines.Reference(c.Rules, c.Trace);
                List<string> vm = Engines.Vm(c.Rules, c.Trace);
                List<string> nativeRun = native.Run(i, c.Rules, c.Trace);
                if (!reference.SequenceEqual(vm) || !reference.SequenceEqual(nativeRun))
                {
                    Assert.Fail($"engines disagree on{c}\nreference:\n{string.Join("\n", reference)}\nvm:\n{string.Join("\n", vm)}\nnative:\n{string.Join("\n", nativeRun)}");
                }
            }
        }
    }
}
