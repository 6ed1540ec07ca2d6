using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Compiler.Lowering;

/// <summary>
/// Bound conditions to postfix stack code. Every block is evaluated (no short-circuit), so each
/// comparison's hysteresis and timer state advances every tick whatever its siblings say.
/// A sum folds left from its first term: ((±x1) ± x2) ± x3, each step saturating.
/// </summary>
public static class Lowerer
{
    public static IrProgram Lower(BoundRuleSet rules) => new(rules.Automations.Select(LowerAutomation).ToList());

    private static IrAutomation LowerAutomation(BoundAutomation a)
    {
        var code = new List<IrOp>();
        var nodes = new List<IrNodeSite>();
        int hysteresis = 0;
        int timers = 0;
        Emit(a.Condition, code, nodes, ref hysteresis, ref timers);
        return new IrAutomation(a.Span, a.Name, a.Enabled, a.Continuous, a.MinOnSeconds, a.MinOffSeconds,
            hysteresis, timers, code, a.OnTrue, a.OnFalse, nodes);
    }

    private static void Emit(BoundCondition c, List<IrOp> code, List<IrNodeSite> nodes, ref int hysteresis, ref int timers)
    {
        switch (c)
        {
            case BoundAnd and:
                EmitChain(and.Items, OpCode.And, code, nodes, ref hysteresis, ref timers);
                break;
            case BoundOr or:
                EmitChain(or.Items, OpCode.Or, code, nodes, ref hysteresis, ref timers);
                break;
            case BoundNot not:
                Emit(not.Operand, code, nodes, ref hysteresis, ref timers);
                code.Add(new IrOp(OpCode.Not));
                break;
            case BoundCompare compare:
                for (int i = 0; i < compare.Terms.Count; i++)
                {
                    BoundTerm t = compare.Terms[i];
                    code.Add(new IrOp(OpCode.Load, Input: t.Input.Path));
                    if (i == 0 && t.Negative) code.Add(new IrOp(OpCode.Neg));
                    else if (i > 0) code.Add(new IrOp(t.Negative ? OpCode.Sub : OpCode.Add));
                }
                int slot = CompareOps.HasState(compare.Op) ? hysteresis++ : -1;
                code.Add(new IrOp(OpCode.Compare, Compare: compare.Op, Value: compare.Value, Hysteresis: compare.Hysteresis, Slot: slot));
                // for 0 s is the plain result: no timer needed.
                if (compare.ForSeconds > 0) code.Add(new IrOp(OpCode.For, Slot: timers++, Ticks: compare.ForSeconds));
                break;
        }
        nodes.Add(new IrNodeSite(c, code.Count - 1));
    }

    private static void EmitChain(IReadOnlyList<BoundCondition> items, OpCode op, List<IrOp> code, List<IrNodeSite> nodes, ref int hysteresis, ref int timers)
    {
        for (int i = 0; i < items.Count; i++)
        {
            Emit(items[i], code, nodes, ref hysteresis, ref timers);
            if (i > 0) code.Add(new IrOp(op));
        }
    }
}
