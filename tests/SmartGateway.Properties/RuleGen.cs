using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Properties;

/// <summary>
/// Random rule sets and traces that stay near the interesting places: band edges ±1 micro-unit,
/// Unknown cells, short timers and holds, every operator and mode.
/// </summary>
public static class RuleGen
{
    private static readonly SourceSpan Here = new("gen", 1, 1);

    public static readonly string[] PowerInputs = ["ir.left.P", "rs485.1.P", "rs485.2.P"];
    public const string HourInput = "time.hour";
    private const int MaxTicks = 40;

    private static InputInfo Input(string path) => InputCatalog.Resolve(path)!;

    private static Gen<long> Kilo(params long[] watts) => Gen.Elements(watts).Select(w => w * Fixed.Scale);

    private static readonly Gen<CompareOp> Op = Gen.Elements(
        CompareOp.Greater, CompareOp.GreaterOrEqual, CompareOp.Less, CompareOp.LessOrEqual, CompareOp.Equal, CompareOp.NotEqual);

    private static Gen<BoundCompare> PowerCompare(bool allowFor) =>
        from count in Weighted((3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from terms in (from p in Gen.Elements(PowerInputs)
                       from neg in Weighted((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                       select new BoundTerm(neg, Input(p))).ArrayOf(count)
        from op in Op
        from value in Gen.OneOf(Kilo(-2000, -1000, 0, 500, 1000, 1500, 2000), Gen.Choose(-3000, 3000).Select(w => w * 1000000L + 1))
        from hysteresis in Gen.OneOf(Kilo(0, 0, 100, 500), Gen.Constant(1L))
        from duration in allowFor ? Gen.Elements(0L, 0L, 0L, 1L, 2L, 3L) : Gen.Constant(0L)
        select new BoundCompare(Here, terms, op, value, hysteresis, duration);

    private static Gen<BoundCompare> HourCompare(bool allowFor) =>
        from op in Op
        from hour in Gen.Choose(0, 23)
        from hysteresis in Gen.Elements(0L, 0L, Fixed.Scale)
        from duration in allowFor ? Gen.Elements(0L, 0L, 1L, 2L) : Gen.Constant(0L)
        select new BoundCompare(Here, [new BoundTerm(false, Input(HourInput))], op, hour * Fixed.Scale, hysteresis, duration);

    public static Gen<BoundCompare> Compare(bool allowFor) =>
        Weighted((4, PowerCompare(allowFor)), (1, HourCompare(allowFor)));

    public static Gen<BoundCondition> Condition(int depth, bool allowFor)
    {
        Gen<BoundCondition> leaf = Compare(allowFor).Select(c => (BoundCondition)c);
        if (depth == 0) return leaf;
        Gen<BoundCondition> sub = Condition(depth - 1, allowFor);
        return Weighted(
            (3, leaf),
            (2, from items in Gen.Choose(2, 3).SelectMany(n => sub.ArrayOf(n)) select (BoundCondition)new BoundAnd(Here, items)),
            (2, from items in Gen.Choose(2, 3).SelectMany(n => sub.ArrayOf(n)) select (BoundCondition)new BoundOr(Here, items)),
            (1, from inner in sub select (BoundCondition)new BoundNot(Here, inner)));
    }

    private static readonly Gen<BoundAction> Action = Gen.OneOf(
        from target in Gen.Elements("ir.right", "rs485.32", "rs485.7")
        from f in Gen.Elements(BicomFunction.On, BicomFunction.Off, BicomFunction.Toggle)
        select (BoundAction)new BoundBicom(Here, target, f),
        from reg in Gen.Choose(3000, 3003)
        from type in Gen.Elements(RegisterType.Int16, RegisterType.UInt16, RegisterType.Int32, RegisterType.Float32)
        from value in Gen.Choose(0, 100)
        select (BoundAction)new BoundModbus(Here, 4, RegisterTypes.Words(type) == 2 ? 16 : 6, reg, type, value * Fixed.Scale),
        from link in Gen.Choose(1, 2)
        from text in Gen.Elements("on", "off", "ECO \"mode\" ±", "")
        select (BoundAction)new BoundMqtt(Here, link, "status", text));

    public static Gen<BoundAutomation> Automation(int index, bool allowHolds) =>
        from enabled in Weighted((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from continuous in Gen.Elements(false, true)
        from minOn in allowHolds ? Gen.Elements(0L, 0L, 1L, 2L, 3L) : Gen.Constant(0L)
        from minOff in allowHolds ? Gen.Elements(0L, 0L, 1L, 2L, 3L) : Gen.Constant(0L)
        from condition in Condition(2, allowFor: allowHolds)
        from onTrue in Gen.Choose(0, 2).SelectMany(n => Action.ArrayOf(n))
        from onFalse in Gen.Choose(0, 2).SelectMany(n => Action.ArrayOf(n))
        select new BoundAutomation(Here, $"automation {index}", enabled, continuous, minOn, minOff, condition, onTrue, onFalse);

    public static Gen<BoundRuleSet> RuleSet(bool allowHolds = true) =>
        from count in Gen.Choose(1, 4)
        from automations in Gen.CollectToList(Enumerable.Range(0, count).Select(i => Automation(i, allowHolds)))
        select new BoundRuleSet(automations.ToList());

    /// <summary>Random rule sets that shrink (see <see cref="RuleShrink"/>).</summary>
    public static Arbitrary<BoundRuleSet> RuleSets() => Arb.From(RuleSet(), RuleShrink.RuleSet);

    /// <summary>Values that sit on and next to every band edge of the rule set, plus Unknown.</summary>
    public static Gen<List<Dictionary<string, long?>>> Trace(BoundRuleSet rules)
    {
        var edges = new List<long> { 0 };
        foreach (BoundCompare c in rules.Automations.SelectMany(a => Comparisons.Of(a.Condition)))
        {
            foreach (long e in new[] { c.Value, c.Value + c.Hysteresis, c.Value - c.Hysteresis })
            {
                edges.AddRange([e - 1, e, e + 1]);
            }
        }
        Gen<long?> power = Weighted(
            (1, Gen.Constant<long?>(null)),
            (6, Gen.Elements(edges.ToArray()).Select(v => (long?)v)),
            (3, Gen.Choose(-3000, 3000).Select(w => (long?)(w * Fixed.Scale))));
        Gen<long?> hour = Weighted((1, Gen.Constant<long?>(null)), (9, Gen.Choose(0, 23).Select(h => (long?)(h * Fixed.Scale))));
        Gen<Dictionary<string, long?>> row =
            from values in power.ArrayOf(PowerInputs.Length)
            from h in hour
            select PowerInputs.Select((p, i) => (p, values[i])).Append((HourInput, h)).ToDictionary(x => x.Item1, x => x.Item2);
        return Gen.Choose(1, MaxTicks).SelectMany(n => row.ListOf(n)).Select(l => l.ToList());
    }

    /// <summary>Gen.Frequency with the choices written inline.</summary>
    public static Gen<T> Weighted<T>(params (int Weight, Gen<T> Gen)[] choices) => Gen.Frequency(choices);
}
