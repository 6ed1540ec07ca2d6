using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Properties;

/// <summary>
/// The shrinkers, not the engines: a predicate that is false on purpose must be reported by FsCheck as
/// the smallest case that still falsifies it.
/// </summary>
public class RuleShrinkTests
{
    [Fact]
    public void AForOfTwoSecondsShrinksToOneBareComparisonOverOneTick()
    {
        Case shrunk = Shrunk(Case.Arbitrary(), c => !c.Rules.Automations.SelectMany(a => Comparisons.Of(a.Condition)).Any(x => x.ForSeconds >= 2));

        BoundAutomation automation = Assert.Single(shrunk.Rules.Automations);
        Assert.Equal((true, false, 0L, 0L, 0, 0),
            (automation.Enabled, automation.Continuous, automation.MinOnSeconds, automation.MinOffSeconds, automation.OnTrue.Count, automation.OnFalse.Count));
        BoundCompare compare = Assert.IsType<BoundCompare>(automation.Condition);
        Assert.False(Assert.Single(compare.Terms).Negative);
        Assert.Equal((CompareOp.Greater, 0L, 0L, 2L), (compare.Op, compare.Value, compare.Hysteresis, compare.ForSeconds));
        Assert.All(Assert.Single(shrunk.Trace).Values, v => Assert.True(v is null or 0));
    }

    [Fact]
    public void ATraceLongerThanThreeTicksShrinksToFourTicksOfZeroUnderTheSmallestRuleSet()
    {
        Case shrunk = Shrunk(Case.Arbitrary(), c => c.Trace.Count <= 3);

        Assert.Equal(4, shrunk.Trace.Count);
        Assert.All(shrunk.Trace.SelectMany(row => row.Values), v => Assert.True(v is null or 0));
        BoundAutomation automation = Assert.Single(shrunk.Rules.Automations);
        BoundCompare compare = Assert.IsType<BoundCompare>(automation.Condition);
        Assert.Equal((1, CompareOp.Greater, 0L, 0L, 0L), (compare.Terms.Count, compare.Op, compare.Value, compare.Hysteresis, compare.ForSeconds));
    }

    [Fact]
    public void EveryShrinkOfARuleSetIsAnotherRuleSetThatRoundTrips()
    {
        foreach (BoundRuleSet rules in RuleGen.RuleSet().Sample(50, 3))
        {
            string dsl = DslFormatter.Format(rules);
            foreach (BoundRuleSet smaller in RuleShrink.RuleSet(rules))
            {
                Assert.NotEqual(dsl, DslFormatter.Format(smaller));
                RoundTripProperties.AssertRoundTrips(smaller);
            }
        }
    }

    /// <summary>Runs the property through FsCheck and returns the case it reports after shrinking.</summary>
    private static Case Shrunk(Arbitrary<Case> arbitrary, Func<Case, bool> predicate)
    {
        var runner = new LastShrink();
        Check.One(Config.Quick.WithMaxTest(1000).WithRunner(runner), Prop.ForAll(arbitrary, predicate));
        return Assert.IsType<Case>(runner.Last);
    }

    /// <summary>Keeps the arguments of FsCheck's last successful shrink step.</summary>
    private sealed class LastShrink : IRunner
    {
        public object? Last { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) => Last = args.Head;

        public void OnFinished(string name, TestResult testResult)
        {
        }
    }
}
