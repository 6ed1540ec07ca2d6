using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Runtime.Verify;

/// <summary>
/// Checks the code of a structurally sound image once, before it may run, so the interpreter can
/// trust every operand (the wasm3 split). An accepted image cannot index out of range, overflow its
/// declared stack or action queue, use a number as a truth or the reverse, touch another automation's
/// state, or loop: jumps only go forward.
/// </summary>
public static class Verifier
{
    /// <summary>Branch register values set by DECIDE and tested by JUMP_UNLESS.</summary>
    public const byte BranchNone = 0;
    public const byte BranchTrue = 1;
    public const byte BranchFalse = 2;

    /// <summary>Reads and verifies raw bytes: the one call a loader needs.</summary>
    public static VerifyResult Load(byte[] bytes, out Image? image)
    {
        VerifyResult r = ImageReader.Read(bytes, out image);
        if (!r.IsValid || image == null) return r;
        r = Verify(image);
        if (!r.IsValid) image = null;
        return r;
    }

    public static VerifyResult Verify(Image image)
    {
        VerifyResult r = CheckTiling(image);
        if (!r.IsValid) return r;
        bool[] boundary = new bool[image.Code.Length + 1];
        // What each stack entry holds: the interpreter keeps numbers and truths on separate stacks.
        var kinds = new OperandKind[image.MaxStack];
        int actions = 0;
        for (int i = 0; i < image.Automations.Length; i++)
        {
            r = CheckAutomation(image, image.Automations[i], boundary, kinds, ref actions);
            if (!r.IsValid) return r;
        }
        if (actions > image.MaxActions) return Fail(image, VerifyError.TooManyActions, -1);
        return VerifyResult.Valid;
    }

    private static VerifyResult CheckTiling(Image image)
    {
        int code = 0;
        int hysteresis = 0;
        int timers = 0;
        int recordOffset = image.CodeOffset - image.Automations.Length * ImageFormat.AutomationRecordSize;
        for (int i = 0; i < image.Automations.Length; i++)
        {
            AutomationEntry a = image.Automations[i];
            int at = recordOffset + i * ImageFormat.AutomationRecordSize;
            if (a.CodeStart != code || a.CodeEnd < a.CodeStart || a.CodeEnd > image.Code.Length)
            {
                return new VerifyResult(VerifyError.CodeRangeInvalid, at + 12);
            }
            if (a.HysteresisStart != hysteresis || a.TimerStart != timers)
            {
                return new VerifyResult(VerifyError.SlotRangeInvalid, at + 20);
            }
            code = a.CodeEnd;
            hysteresis += a.HysteresisCount;
            timers += a.TimerCount;
        }
        if (code != image.Code.Length) return new VerifyResult(VerifyError.CodeRangeInvalid, image.CodeOffset);
        if (hysteresis != image.HysteresisSlots) return new VerifyResult(VerifyError.SlotRangeInvalid, ImageFormat.HysteresisSlotsOffset);
        if (timers != image.TimerSlots) return new VerifyResult(VerifyError.SlotRangeInvalid, ImageFormat.TimerSlotsOffset);
        return VerifyResult.Valid;
    }

    private static VerifyResult CheckAutomation(Image image, AutomationEntry a, bool[] boundary, OperandKind[] kinds, ref int actions)
    {
        byte[] code = image.Code;
        // Pass 1: instruction boundaries, so jump targets can be checked against them.
        int pc = a.CodeStart;
        while (pc < a.CodeEnd)
        {
            byte op = code[pc];
            if (!OpInfo.IsKnown(op)) return Fail(image, VerifyError.UnknownOpCode, pc);
            int size = 1 + OpInfo.OperandBytes((OpCode)op);
            if (pc + size > a.CodeEnd) return Fail(image, VerifyError.TruncatedInstruction, pc);
            boundary[pc] = true;
            pc += size;
        }
        boundary[a.CodeEnd] = true;

        // Pass 2: operands, stack discipline (depth and the kind of every entry) and the DECIDE split.
        int depth = 0;
        bool decided = false;
        pc = a.CodeStart;
        while (pc < a.CodeEnd)
        {
            var op = (OpCode)code[pc];
            int next = pc + 1 + OpInfo.OperandBytes(op);
            if (OpInfo.AfterDecide(op) != decided) return Fail(image, VerifyError.MisplacedInstruction, pc);

            VerifyResult r = CheckOperands(image, a, op, pc, next, boundary, ref actions);
            if (!r.IsValid) return r;

            int pops = OpInfo.Pops(op);
            if (depth < pops) return Fail(image, VerifyError.StackUnderflow, pc);
            for (int i = depth - pops; i < depth; i++)
            {
                if (kinds[i] != OpInfo.PopKind(op)) return Fail(image, VerifyError.OperandKindMismatch, pc);
            }
            depth -= pops;
            if (op == OpCode.Decide)
            {
                if (depth != 0) return Fail(image, VerifyError.StackNotEmpty, pc);
                decided = true;
            }
            if (OpInfo.PushKind(op) != OperandKind.None)
            {
                if (depth >= image.MaxStack) return Fail(image, VerifyError.StackOverflow, pc);
                kinds[depth++] = OpInfo.PushKind(op);
            }
            pc = next;
        }
        if (!decided) return Fail(image, VerifyError.MissingDecide, a.CodeEnd);
        return VerifyResult.Valid;
    }

    private static VerifyResult CheckOperands(Image image, AutomationEntry a, OpCode op, int pc, int next, bool[] boundary, ref int actions)
    {
        byte[] code = image.Code;
        switch (op)
        {
            case OpCode.Load:
                if (LittleEndian.U16(code, pc + 1) >= image.Inputs.Length) return Fail(image, VerifyError.InputIndexOutOfRange, pc + 1);
                break;
            case OpCode.Compare:
            {
                byte cmp = code[pc + 1];
                if (cmp >= CompareOps.Count) return Fail(image, VerifyError.BadCompareOperator, pc + 1);
                int v = LittleEndian.U16(code, pc + 2);
                int h = LittleEndian.U16(code, pc + 4);
                if (v >= image.Constants.Length) return Fail(image, VerifyError.ConstantIndexOutOfRange, pc + 2);
                if (h >= image.Constants.Length) return Fail(image, VerifyError.ConstantIndexOutOfRange, pc + 4);
                if (image.Constants[h] < 0) return Fail(image, VerifyError.NegativeHysteresis, pc + 4);
                int slot = LittleEndian.U16(code, pc + 6);
                if (CompareOps.HasState((CompareOp)cmp))
                {
                    if (slot < a.HysteresisStart || slot >= a.HysteresisStart + a.HysteresisCount)
                    {
                        return Fail(image, VerifyError.SlotOutOfRange, pc + 6);
                    }
                }
                else if (slot != ImageFormat.NoSlot)
                {
                    return Fail(image, VerifyError.SlotOutOfRange, pc + 6);
                }
                break;
            }
            case OpCode.For:
            {
                int slot = LittleEndian.U16(code, pc + 1);
                if (slot < a.TimerStart || slot >= a.TimerStart + a.TimerCount) return Fail(image, VerifyError.SlotOutOfRange, pc + 1);
                break;
            }
            case OpCode.JumpUnless:
            {
                byte branch = code[pc + 1];
                if (branch != BranchTrue && branch != BranchFalse) return Fail(image, VerifyError.BadBranch, pc + 1);
                return CheckJump(image, a, next + LittleEndian.U16(code, pc + 2), pc, boundary);
            }
            case OpCode.Jump:
                return CheckJump(image, a, next + LittleEndian.U16(code, pc + 1), pc, boundary);
            case OpCode.Act:
                if (LittleEndian.U16(code, pc + 1) >= image.Actions.Length) return Fail(image, VerifyError.ActionIndexOutOfRange, pc + 1);
                actions++;
                break;
        }
        return VerifyResult.Valid;
    }

    private static VerifyResult CheckJump(Image image, AutomationEntry a, int target, int pc, bool[] boundary)
    {
        if (target > a.CodeEnd) return Fail(image, VerifyError.JumpOutOfBounds, pc);
        if (!boundary[target]) return Fail(image, VerifyError.JumpNotToInstruction, pc);
        return VerifyResult.Valid;
    }

    /// <summary>Offsets inside code are reported from the start of the image; -1 means "the header".</summary>
    private static VerifyResult Fail(Image image, VerifyError e, int codeOffset) =>
        new VerifyResult(e, codeOffset < 0 ? ImageFormat.MaxActionsOffset : image.CodeOffset + codeOffset);
}
