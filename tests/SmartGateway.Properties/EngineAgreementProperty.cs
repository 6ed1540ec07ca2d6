using FsCheck;
using FsCheck.Fluent;

namespace SmartGateway.Properties;

/// <summary>
/// The one statement of rule semantics across engines: the independent reference evaluator, the bytecode VM
/// and the native C# back end execute the same actions at the same ticks, on random rule sets and traces.
/// Cases are drawn up front and compiled natively in batches (one Roslyn compilation per batch, which is
/// what makes ten thousand cases affordable); the first disagreement is handed to FsCheck with its shrinker,
/// so the report is the smallest rule set (as DSL) and trace (as CSV) that still disagree, and the first
/// tick at which they do.
/// </summary>
public class EngineAgreementProperty
{
    private const int Cases = 10_000;
    private const int BatchSize = 1_000;
    private const int Size = 50;

    [Fact]
    public void ReferenceVmAndNativeExecuteTheSameActions()
    {
        Arbitrary<Case> arbitrary = Case.Arbitrary();
        for (int batch = 0; batch < Cases / BatchSize; batch++)
        {
            Case[] cases = [.. arbitrary.Generator.Sample(Size, BatchSize)];
            var native = NativeEngine.Compile([.. cases.Select(c => c.Rules)]);
            for (int i = 0; i < cases.Length; i++)
            {
                if (Disagreement(cases[i], native.Run(i, cases[i].Rules, cases[i].Trace)) != null) ShrinkAndFail(cases[i]);
            }
        }
    }

    /// <summary>FsCheck shrinks the failing case (each candidate compiled natively on its own) and throws its report.</summary>
    private static void ShrinkAndFail(Case failing) =>
        Prop.ForAll(Arb.From(Gen.Constant(failing), RuleShrink.Case), c =>
        {
            string? disagreement = Disagreement(c, NativeEngine.Compile([c.Rules]).Run(0, c.Rules, c.Trace));
            if (disagreement != null) Assert.Fail(disagreement);
        }).QuickCheckThrowOnFailure();

    private static string? Disagreement(Case c, List<string> nativeRun) => FirstDifference(c.Trace.Count,
        ("reference", Engines.Reference(c.Rules, c.Trace)),
        ("vm", Engines.Vm(c.Rules, c.Trace)),
        ("native", nativeRun));

    /// <summary>
    /// Null when every engine executed the same actions at every tick; else the first tick at which they differ,
    /// with what each engine executed there. Action lines start with their tick (see <see cref="Engines"/>).
    /// </summary>
    public static string? FirstDifference(int ticks, params (string Engine, List<string> Actions)[] runs)
    {
        for (int t = 0; t < ticks; t++)
        {
            string prefix = t + " ";
            string[][] atTick = [.. runs.Select(r => r.Actions.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).ToArray())];
            if (atTick.All(a => a.SequenceEqual(atTick[0]))) continue;
            return $"engines disagree first at tick {t}:\n" + string.Join("\n", runs.Select((r, i) =>
                $"{r.Engine}:\n" + (atTick[i].Length == 0 ? "  (nothing)" : string.Join("\n", atTick[i].Select(a => "  " + a)))));
        }
        return null;
    }
}
