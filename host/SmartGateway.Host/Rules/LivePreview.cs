using System.Text.Json.Nodes;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Emit;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Host.Rules;

/// <summary>
/// The live preview (manual §4.5.5) of the last tick, read from the interpreter's probe: every block's
/// truth value as the VM computed it, each comparison's inputs, sum, band edges, hysteresis state and
/// timer. Numbers are in base units (W, V …) as JSON numbers. Shape: host/webui/API-NEEDS.md §2.3
/// (and/or blocks have "children", not has "child"). Each automation says which branch's actions ran
/// (<c>branch</c>: on_true / on_false, null before any result; Unknown keeps the last) and how long ago;
/// <see cref="UnknownInputs"/> adds why a comparison is Unknown.
/// </summary>
internal static class LivePreview
{
    /// <summary>One page of the preview: automations <paramref name="offset"/> onwards, at most <paramref name="limit"/>
    /// (it is built under the tick's lock, so its size must stay bounded); <c>total</c> says how many there are.</summary>
    public static JsonObject Build(LoadedRules rules, int offset, int limit)
    {
        Interpreter vm = rules.Interpreter;
        var automations = new JsonArray();
        int total = rules.Rules.Automations.Count;
        for (int i = offset; i < total && i - offset < limit; i++)
        {
            BoundAutomation a = rules.Rules.Automations[i];
            AutomationEntry entry = rules.Image.Automations[i];
            int resultAt = rules.Map.ResultOffset(a.Condition);
            string state = a.Enabled ? Truth(vm, resultAt) : "unknown";
            long? hold = HoldRemaining(vm, i, entry);
            // The branch in force is the one whose actions ran: on a change (on change) or at every tick (continuous).
            string? branch = !a.Enabled ? null : vm.LastResult(i) == Tri.True ? "on_true" : vm.LastResult(i) == Tri.False ? "on_false" : null;
            automations.Add(new JsonObject
            {
                ["index"] = i,
                ["name"] = a.Name,
                ["enabled"] = a.Enabled,
                ["mode"] = a.Continuous ? "continuous" : "on_change",
                ["state"] = state,
                ["effective"] = hold != null ? Tri.Name(vm.LastResult(i)) : state,
                ["hold_remaining"] = hold,
                ["reason"] = hold != null ? $"held {Tri.Name(vm.LastResult(i))} by min {(vm.LastResult(i) == Tri.True ? "on" : "off")} for {hold} s more" : null,
                ["branch"] = branch,
                ["branch_ran_ago"] = branch == null ? null : a.Continuous ? 0 : vm.CurrentTick - vm.LastResultTick(i),
                ["condition"] = Block(a.Condition, rules, a.Enabled),
                ["on_true"] = Actions(a.OnTrue),
                ["on_false"] = Actions(a.OnFalse),
            });
        }
        return new JsonObject
        {
            ["running"] = true,
            ["tick"] = vm.CurrentTick,
            ["image_hash"] = rules.Hash,
            ["total"] = total,
            ["offset"] = offset,
            ["automations"] = automations,
        };
    }

    private static JsonObject Block(BoundCondition c, LoadedRules rules, bool enabled)
    {
        Interpreter vm = rules.Interpreter;
        string state = enabled ? Truth(vm, rules.Map.ResultOffset(c)) : "unknown";
        return c switch
        {
            BoundAnd and => new JsonObject { ["type"] = "and", ["state"] = state, ["children"] = Items(and.Items, rules, enabled) },
            BoundOr or => new JsonObject { ["type"] = "or", ["state"] = state, ["children"] = Items(or.Items, rules, enabled) },
            BoundNot not => new JsonObject { ["type"] = "not", ["state"] = state, ["child"] = Block(not.Operand, rules, enabled) },
            _ => Compare((BoundCompare)c, rules, state),
        };
    }

    private static JsonArray Items(IEnumerable<BoundCondition> items, LoadedRules rules, bool enabled) =>
        new(items.Select(i => (JsonNode)Block(i, rules, enabled)).ToArray());

    private static JsonObject Compare(BoundCompare c, LoadedRules rules, string state)
    {
        Interpreter vm = rules.Interpreter;
        SourceMap.CompareSites sites = rules.Map.Compare(c);
        Dimension d = c.Terms[0].Input.Dimension;
        var inputs = new JsonArray();
        foreach (BoundTerm t in c.Terms)
        {
            int index = rules.Image.InputIndex(t.Input.Path);
            bool valid = index >= 0 && rules.Snapshot.Valid[index];
            inputs.Add(new JsonObject
            {
                ["sign"] = t.Negative ? "-" : "+",
                ["input"] = t.Input.Path,
                ["value"] = valid ? Number(rules.Snapshot.Values[index]) : null,
                ["valid"] = valid,
            });
        }
        (long on, long off) = Band(c);
        bool known = vm.ProbeKnown(sites.SumOffset);
        long sum = vm.ProbeValue(sites.SumOffset);
        long counted = sites.TimerSlot >= 0 ? vm.TimerCount(sites.TimerSlot) : 0;
        return new JsonObject
        {
            ["type"] = "compare",
            ["state"] = state,
            ["text"] = DslFormatter.ConditionText(c),
            ["inputs"] = inputs,
            ["sum"] = known ? Number(sum) : null,
            ["op"] = CompareOps.Symbol(c.Op),
            ["value"] = Number(c.Value),
            ["hysteresis"] = Number(c.Hysteresis),
            ["unit"] = UnitOf(d),
            ["on_at"] = Number(on),
            ["off_at"] = Number(off),
            ["band"] = !known ? "unknown" : sum > Math.Max(on, off) ? "above" : sum < Math.Min(on, off) ? "below" : "inside",
            ["band_text"] = BandText(c, on, off, d),
            ["compare_state"] = Truth(vm, sites.CompareOffset),
            ["latched"] = sites.HysteresisSlot < 0 ? null : Tri.Name(vm.HysteresisState(sites.HysteresisSlot)),
            ["for"] = c.ForSeconds,
            // Seconds before 'for' can make the block true; null while the comparison is not counting.
            ["for_remaining"] = counted > 0 && counted <= c.ForSeconds ? c.ForSeconds + 1 - counted : null,
        };
    }

    /// <summary>Where the result switches: ">" turns true above v+h and false at or below v−h, and so on (the runtime's one definition).</summary>
    private static (long On, long Off) Band(BoundCompare c) =>
        (BandEdges.On(c.Op, c.Value, c.Hysteresis), BandEdges.Off(c.Op, c.Value, c.Hysteresis));

    private static string BandText(BoundCompare c, long on, long off, Dimension d) => c.Op switch
    {
        CompareOp.Equal => $"true from {DslFormatter.Quantity(on, d)} to {DslFormatter.Quantity(off, d)}",
        CompareOp.NotEqual => $"false from {DslFormatter.Quantity(on, d)} to {DslFormatter.Quantity(off, d)}",
        _ => $"on at {DslFormatter.Quantity(on, d)}, off at {DslFormatter.Quantity(off, d)}",
    };

    private static JsonArray Actions(IReadOnlyList<BoundAction> actions) =>
        new(actions.Select(a => (JsonNode)JsonValue.Create(Disassembler.Describe(ActionJson.ToEntry(a)))!).ToArray());

    private static long? HoldRemaining(Interpreter vm, int index, AutomationEntry a)
    {
        byte last = vm.LastResult(index);
        long hold = last == Tri.True ? a.MinOnTicks : last == Tri.False ? a.MinOffTicks : 0;
        if (hold == 0) return null;
        long left = hold - (vm.CurrentTick - vm.LastResultTick(index));
        return left > 0 ? left : null;
    }

    private static string Truth(Interpreter vm, int offset) =>
        !vm.ProbeKnown(offset) ? "unknown" : vm.ProbeValue(offset) != 0 ? "true" : "false";

    private static JsonNode Number(long micro) => JsonNode.Parse(Fixed.ToText(micro))!;

    private static string UnitOf(Dimension d) => Units.ForFormatting(d).LastOrDefault()?.Symbol ?? "";
}
