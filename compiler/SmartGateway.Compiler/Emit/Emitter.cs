using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Lowering;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Compiler.Emit;

/// <summary>
/// Lowered code to image bytes: pools (strings, constants, inputs, actions), then per automation its
/// condition, DECIDE and the two branches:
/// <code>
///   condition…  DECIDE
///   JUMP_UNLESS true → F   ACT…  JUMP → END
///   F: JUMP_UNLESS false → END   ACT…
///   END:
/// </code>
/// Limits are checked as bytes are written and reported at the automation that broke them.
/// </summary>
public sealed class Emitter
{
    private readonly Pool<string> _strings = new();
    private readonly Pool<long> _constants = new();
    private readonly Pool<int> _inputs = new();
    private readonly Pool<ActionRecord> _actions = new();
    private readonly List<AutomationRecord> _automations = [];
    private readonly CodeBuffer _code = new();
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceMap? _map;
    private int _hysteresisSlots;
    private int _timerSlots;
    private int _actInstructions;

    private Emitter(DiagnosticBag diagnostics, SourceMap? map)
    {
        _diagnostics = diagnostics;
        _map = map;
    }

    /// <summary>Returns the image, or null after reporting why it cannot be built; fills <paramref name="map"/> if given.</summary>
    public static byte[]? Emit(IrProgram program, DiagnosticBag diagnostics, SourceMap? map = null)
    {
        var emitter = new Emitter(diagnostics, map);
        foreach (IrAutomation a in program.Automations)
        {
            if (!emitter.EmitAutomation(a)) return null;
        }
        return emitter.WriteImage();
    }

    private bool EmitAutomation(IrAutomation a)
    {
        int name = _strings.Add(a.Name);
        int start = _code.Length;
        int[] offsets = new int[a.Condition.Count];
        for (int i = 0; i < a.Condition.Count; i++)
        {
            offsets[i] = _code.Length;
            EmitOp(a.Condition[i]);
        }
        if (_map != null) MapNodes(a, offsets);
        _code.Emit(OpCode.Decide);
        if (a.OnTrue.Count > 0 && a.OnFalse.Count > 0)
        {
            int toFalse = _code.EmitJump(OpCode.JumpUnless, Verifier.BranchTrue);
            EmitActions(a.OnTrue);
            int toEnd = _code.EmitJump(OpCode.Jump);
            if (!Patch(toFalse, a)) return false;
            int toEnd2 = _code.EmitJump(OpCode.JumpUnless, Verifier.BranchFalse);
            EmitActions(a.OnFalse);
            if (!Patch(toEnd, a) || !Patch(toEnd2, a)) return false;
        }
        else if (a.OnTrue.Count + a.OnFalse.Count > 0)
        {
            bool onTrue = a.OnTrue.Count > 0;
            int toEnd = _code.EmitJump(OpCode.JumpUnless, onTrue ? Verifier.BranchTrue : Verifier.BranchFalse);
            EmitActions(onTrue ? a.OnTrue : a.OnFalse);
            if (!Patch(toEnd, a)) return false;
        }
        byte flags = (byte)((a.Enabled ? ImageFormat.AutomationEnabled : 0) | (a.Continuous ? ImageFormat.AutomationContinuous : 0));
        _automations.Add(new AutomationRecord(name, flags, a.MinOnSeconds, a.MinOffSeconds, start, _code.Length,
            _hysteresisSlots, a.HysteresisSlots, _timerSlots, a.TimerSlots));
        _hysteresisSlots += a.HysteresisSlots;
        _timerSlots += a.TimerSlots;
        return CheckLimits(a);
    }

    private void MapNodes(IrAutomation a, int[] offsets)
    {
        foreach (IrNodeSite site in a.Nodes)
        {
            _map!.AddResult(site.Node, offsets[site.ResultOp]);
            if (site.Node is not BoundCompare compare) continue;
            int cmp = a.Condition[site.ResultOp].Op == OpCode.For ? site.ResultOp - 1 : site.ResultOp;
            IrOp c = a.Condition[cmp];
            int timer = cmp != site.ResultOp ? _timerSlots + a.Condition[site.ResultOp].Slot : -1;
            _map.AddCompare(compare, new SourceMap.CompareSites(offsets[cmp - 1], offsets[cmp], c.Slot < 0 ? -1 : _hysteresisSlots + c.Slot, timer));
        }
    }

    private void EmitOp(IrOp op)
    {
        _code.Emit(op.Op);
        switch (op.Op)
        {
            case OpCode.Load:
                _code.U16(_inputs.Add(_strings.Add(op.Input!)));
                break;
            case OpCode.Compare:
                _code.Byte((byte)op.Compare);
                _code.U16(_constants.Add(op.Value));
                _code.U16(_constants.Add(op.Hysteresis));
                _code.U16(op.Slot < 0 ? ImageFormat.NoSlot : _hysteresisSlots + op.Slot);
                break;
            case OpCode.For:
                _code.U16(_timerSlots + op.Slot);
                _code.U32(op.Ticks);
                break;
        }
    }

    private void EmitActions(IReadOnlyList<BoundAction> actions)
    {
        foreach (BoundAction action in actions)
        {
            _code.Emit(OpCode.Act);
            _code.U16(_actions.Add(Record(action)));
            _actInstructions++;
        }
    }

    private ActionRecord Record(BoundAction action) => action switch
    {
        BoundBicom b => new ActionRecord((byte)ActionKind.Bicom, (byte)b.Function, 0, 0, _strings.Add(b.Target), 0),
        BoundModbus m => new ActionRecord((byte)ActionKind.Modbus, (byte)m.Function, (byte)m.Type, (byte)m.Address, m.Register, _constants.Add(m.Value)),
        BoundMqtt q => new ActionRecord((byte)ActionKind.Mqtt, (byte)q.Link, 0, 0, _strings.Add(q.Subtopic), _strings.Add(q.Message)),
        _ => throw new InvalidOperationException("unknown action"),
    };

    private bool Patch(int site, IrAutomation a)
    {
        if (_code.PatchJump(site)) return true;
        _diagnostics.Add(DiagnosticCodes.LimitExceeded, a.Span, ushort.MaxValue, "bytes of actions in one branch");
        return false;
    }

    private bool CheckLimits(IrAutomation a)
    {
        (int count, int limit, string what)[] limits =
        [
            (_strings.Count, ushort.MaxValue, "distinct texts"),
            (_constants.Count, ushort.MaxValue, "distinct numbers"),
            (_inputs.Count, ushort.MaxValue, "distinct inputs"),
            (_actions.Count, ushort.MaxValue, "distinct actions"),
            (_automations.Count, ushort.MaxValue, "automations"),
            (_hysteresisSlots, ushort.MaxValue - 1, "comparisons with hysteresis state"),
            (_timerSlots, ushort.MaxValue, "'for' timers"),
            (_code.MaxDepth, Limits.MaxStack, "levels of nesting on the evaluation stack"),
            (_actInstructions, Limits.MaxActions, "actions in all"),
        ];
        foreach ((int count, int limit, string? what) in limits)
        {
            if (count > limit)
            {
                _diagnostics.Add(DiagnosticCodes.LimitExceeded, a.Span, limit, what);
                return false;
            }
        }
        return true;
    }

    private byte[] WriteImage()
    {
        var strings = _strings.Items.Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        int length = ImageFormat.HeaderSize
            + strings.Sum(s => 2 + s.Length)
            + _constants.Count * 8
            + _inputs.Count * 2
            + _actions.Count * ImageFormat.ActionRecordSize
            + _automations.Count * ImageFormat.AutomationRecordSize
            + _code.Length;
        byte[] image = new byte[length];
        image[0] = ImageFormat.Magic0;
        image[1] = ImageFormat.Magic1;
        image[2] = ImageFormat.Magic2;
        image[3] = ImageFormat.Magic3;
        LittleEndian.PutU16(image, ImageEnvelope.VersionOffset, ImageFormat.Version);
        LittleEndian.PutU16(image, ImageFormat.StringCountOffset, strings.Count);
        LittleEndian.PutU16(image, ImageFormat.ConstantCountOffset, _constants.Count);
        LittleEndian.PutU16(image, ImageFormat.InputCountOffset, _inputs.Count);
        LittleEndian.PutU16(image, ImageFormat.ActionCountOffset, _actions.Count);
        LittleEndian.PutU16(image, ImageFormat.AutomationCountOffset, _automations.Count);
        LittleEndian.PutU16(image, ImageFormat.HysteresisSlotsOffset, _hysteresisSlots);
        LittleEndian.PutU16(image, ImageFormat.TimerSlotsOffset, _timerSlots);
        LittleEndian.PutU16(image, ImageFormat.MaxStackOffset, _code.MaxDepth);
        LittleEndian.PutU16(image, ImageFormat.MaxActionsOffset, _actInstructions);
        LittleEndian.PutU32(image, ImageFormat.CodeLengthOffset, (uint)_code.Length);

        int at = ImageFormat.HeaderSize;
        foreach (byte[] s in strings)
        {
            LittleEndian.PutU16(image, at, s.Length);
            s.CopyTo(image, at + 2);
            at += 2 + s.Length;
        }
        foreach (long c in _constants.Items)
        {
            LittleEndian.PutI64(image, at, c);
            at += 8;
        }
        foreach (int input in _inputs.Items)
        {
            LittleEndian.PutU16(image, at, input);
            at += 2;
        }
        foreach (ActionRecord r in _actions.Items)
        {
            image[at] = r.Kind;
            image[at + 1] = r.B1;
            image[at + 2] = r.B2;
            image[at + 3] = r.B3;
            LittleEndian.PutU16(image, at + 4, r.W1);
            LittleEndian.PutU16(image, at + 6, r.W2);
            at += ImageFormat.ActionRecordSize;
        }
        foreach (AutomationRecord a in _automations)
        {
            LittleEndian.PutU16(image, at, a.Name);
            image[at + 2] = a.Flags;
            LittleEndian.PutU32(image, at + 4, (uint)a.MinOn);
            LittleEndian.PutU32(image, at + 8, (uint)a.MinOff);
            LittleEndian.PutU32(image, at + 12, (uint)a.CodeStart);
            LittleEndian.PutU32(image, at + 16, (uint)a.CodeEnd);
            LittleEndian.PutU16(image, at + 20, a.HysteresisStart);
            LittleEndian.PutU16(image, at + 22, a.HysteresisCount);
            LittleEndian.PutU16(image, at + 24, a.TimerStart);
            LittleEndian.PutU16(image, at + 26, a.TimerCount);
            at += ImageFormat.AutomationRecordSize;
        }
        _code.CopyTo(image, at);
        ImageEnvelope.Seal(image);
        return image;
    }
}
