using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// A verified image decoded once, at load, into the form the interpreter runs (docs/DESIGN.md
/// "Bytecode"): no operand is read from bytes during a tick. A condition becomes a short list of run
/// ops, most of them compare <em>sites</em>: the image's <c>LOAD [NEG] (LOAD ADD|SUB)* CMP [FOR] [NOT]
/// [AND|OR]</c> fused into one op with its input indices, signs, precomputed band edges and state slots.
/// Whatever code does not fit that shape (a verified image may nest sums another way) keeps one run op
/// per instruction, so every verified image runs exactly as its bytecode says. The actions a branch
/// takes are listed per automation, so no jump is dispatched after DECIDE.
/// Arrays, not objects, because nanoFramework has no generics and pays per object (docs/NANO.md).
/// </summary>
internal sealed class RunForm
{
    // Run ops, one int each: the kind in the low four bits, its operand (site, input or timer slot)
    // above them, so one array read dispatches. The two site kinds absorb a whole comparison; the rest
    // are single instructions the sites left over. All four ordering operators are one kind
    // (Hysteresis.Ordered with flags), so a run of sites is a run of the same kind and the dispatch
    // predicts well.
    public const int KindBits = 4;
    public const int KindMask = 15;
    public const int SiteOrdered = 0;
    public const int SiteBand = 1;
    public const int Load = 2;
    public const int Neg = 3;
    public const int Add = 4;
    public const int Sub = 5;
    public const int For = 6;
    public const int And = 7;
    public const int Or = 8;
    public const int Not = 9;

    // A site's record: SiteInts[IntStride * s + …] and SiteLongs[LongStride * s + …], side by side so
    // one site is one or two cache lines, not fifteen arrays. A one-input compare (the common shape)
    // reads Flags, FirstTerm, Slot and Timer and nothing else of the record's ints.
    public const int IntStride = 5;
    public const int Flags = 0;
    public const int FirstTerm = 1;   // the sum's first term (see Terms)
    public const int MoreTerms = 2;   // where its other terms start in Terms
    public const int Slot = 3;        // hysteresis slot; -1 for == and !=
    public const int Timer = 4;       // 'for' slot; -1 without
    public const int LongStride = 5;
    public const int Upper = 0;       // v + h
    public const int Lower = 1;       // v − h
    public const int Value = 2;
    public const int Width = 3;       // h
    public const int Delay = 4;       // 'for' ticks

    // Flags: a folded NOT (bit 0, so flags & Negate is Tri.NotIf's mask), how the site's truth joins
    // the one below it (a folded AND/OR), and the operator: bit InclusiveShift for >= and <, bit FlipShift for < and <=
    // (see Hysteresis.Ordered); the CompareOp itself from bit 8 and the number of terms from bit 16
    // (0: the sum is on the value stack).
    public const int Negate = 1;
    public const int CombineAnd = 2;
    public const int CombineOr = 4;
    public const int InclusiveShift = 3;
    public const int FlipShift = 4;
    public const int OperatorShift = 8;
    public const int TermCountShift = 16;

    /// <summary>Per run op: kind | operand &lt;&lt; KindBits.</summary>
    public int[] Code = new int[0];

    // Per run op: the delay in ticks (For) and the image code offset of the instruction it stands for
    // (where the probe records its result).
    public long[] Ticks = new long[0];
    public int[] At = new int[0];

    // Per automation: its run ops are OpStart[i] .. OpStart[i + 1]; the actions of branch b
    // (Verifier.BranchNone/True/False) are ActionList[ActFrom[3i + b] .. ActTo[3i + b]].
    public int[] OpStart = new int[0];
    public int[] ActFrom = new int[0];
    public int[] ActTo = new int[0];
    public int[] ActionList = new int[0];

    public int[] SiteInts = new int[0];
    public long[] SiteLongs = new long[0];

    /// <summary>The terms of all sites: input index × 2, plus 1 when the term is subtracted (or negated, first).</summary>
    public int[] Terms = new int[0];

    // Probe offsets of a site's parts, ProbeStride per site: the sum (-1 when it came from the value
    // stack), the compare, and the folded FOR, NOT and AND/OR (-1 when absent).
    public const int ProbeStride = 5;
    public const int SumAt = 0;
    public const int CompareAt = 1;
    public const int ForAt = 2;
    public const int NotAt = 3;
    public const int CombineAt = 4;
    public int[] SiteProbe = new int[0];

    private int _ops;
    private int _sites;
    private int _terms;
    private int _actions;

    /// <summary>Decodes an image the <see cref="Verifier"/> accepted; anything else is a programming error.</summary>
    public static RunForm Decode(Image image)
    {
        var form = new RunForm();
        form.Allocate(image);
        int n = image.Automations.Length;
        form.OpStart = new int[n + 1];
        form.ActFrom = new int[3 * n];
        form.ActTo = new int[3 * n];
        for (int i = 0; i < n; i++)
        {
            form.OpStart[i] = form._ops;
            AutomationEntry a = image.Automations[i];
            int decide = form.DecodeCondition(image, a);
            for (byte branch = Verifier.BranchNone; branch <= Verifier.BranchFalse; branch++)
            {
                form.ActFrom[3 * i + branch] = form._actions;
                form.ListActions(image.Code, decide + 1, a.CodeEnd, branch);
                form.ActTo[3 * i + branch] = form._actions;
            }
        }
        form.OpStart[n] = form._ops;
        return form;
    }

    /// <summary>Sizes every array from upper bounds counted over the code: at most one run op per instruction before DECIDE, one site per CMP, one term per LOAD (the first of each site's is kept in its record), three listings per ACT.</summary>
    private void Allocate(Image image)
    {
        byte[] code = image.Code;
        int instructions = 0, compares = 0, loads = 0, acts = 0;
        int pc = 0;
        while (pc < code.Length)
        {
            var op = (OpCode)code[pc];
            // DECIDE and what follows it never become run ops.
            if (!OpInfo.AfterDecide(op) && op != OpCode.Decide) instructions++;
            if (op == OpCode.Compare) compares++;
            else if (op == OpCode.Load) loads++;
            else if (op == OpCode.Act) acts++;
            pc += 1 + OpInfo.OperandBytes(op);
        }
        Code = new int[instructions];
        Ticks = new long[instructions];
        At = new int[instructions];
        SiteInts = new int[IntStride * compares];
        SiteLongs = new long[LongStride * compares];
        SiteProbe = new int[ProbeStride * compares];
        Terms = new int[loads];
        ActionList = new int[3 * acts];
    }

    /// <summary>Decodes the code before DECIDE into run ops; returns DECIDE's offset.</summary>
    private int DecodeCondition(Image image, AutomationEntry a)
    {
        byte[] code = image.Code;
        int decide = a.CodeStart;
        while ((OpCode)code[decide] != OpCode.Decide) decide += 1 + OpInfo.OperandBytes((OpCode)code[decide]);
        int pc = a.CodeStart;
        while (pc < decide)
        {
            var op = (OpCode)code[pc];
            if (op == OpCode.Load)
            {
                int compare = MatchSum(code, pc, decide);
                if (compare >= 0)
                {
                    pc = AddSite(image, pc, compare, decide);
                    continue;
                }
            }
            if (op == OpCode.Compare)
            {
                pc = AddSite(image, -1, pc, decide);
                continue;
            }
            AddOp(code, op, pc);
            pc += 1 + OpInfo.OperandBytes(op);
        }
        return decide;
    }

    /// <summary>
    /// The offset of the CMP that ends a left-folded sum starting at the LOAD at <paramref name="pc"/>
    /// (<c>LOAD [NEG] (LOAD ADD|SUB)* CMP</c>), or -1 when the code there has another shape.
    /// </summary>
    private static int MatchSum(byte[] code, int pc, int end)
    {
        int p = pc + 3;
        if (p < end && (OpCode)code[p] == OpCode.Neg) p++;
        while (p + 3 < end && (OpCode)code[p] == OpCode.Load && IsAddOrSub(code[p + 3])) p += 4;
        return p < end && (OpCode)code[p] == OpCode.Compare ? p : -1;
    }

    private static bool IsAddOrSub(byte op) => op == (byte)OpCode.Add || op == (byte)OpCode.Sub;

    /// <summary>
    /// Adds the site of the CMP at <paramref name="compare"/>, its terms read from <paramref name="sum"/>
    /// (or none: -1, the sum is on the value stack), folding a FOR, NOT and AND/OR that follow it.
    /// Returns the offset after the last instruction it absorbed.
    /// </summary>
    private int AddSite(Image image, int sum, int compare, int end)
    {
        byte[] code = image.Code;
        int s = _sites++;
        int si = IntStride * s;
        int sl = LongStride * s;
        int sp = ProbeStride * s;
        int termCount = 0;
        SiteProbe[sp + SumAt] = -1;
        if (sum >= 0)
        {
            int p = sum + 3;
            bool negative = (OpCode)code[p] == OpCode.Neg;
            SiteInts[si + FirstTerm] = 2 * LittleEndian.U16(code, sum + 1) + (negative ? 1 : 0);
            SiteInts[si + MoreTerms] = _terms;
            termCount = 1;
            SiteProbe[sp + SumAt] = negative ? p : sum;
            if (negative) p++;
            while (p < compare)
            {
                Terms[_terms++] = 2 * LittleEndian.U16(code, p + 1) + ((OpCode)code[p + 3] == OpCode.Sub ? 1 : 0);
                termCount++;
                SiteProbe[sp + SumAt] = p + 3;
                p += 4;
            }
        }

        var op = (CompareOp)code[compare + 1];
        long v = image.Constants[LittleEndian.U16(code, compare + 2)];
        long h = image.Constants[LittleEndian.U16(code, compare + 4)];
        SiteLongs[sl + Value] = v;
        SiteLongs[sl + Width] = h;
        SiteLongs[sl + Upper] = BandEdges.Upper(v, h);
        SiteLongs[sl + Lower] = BandEdges.Lower(v, h);
        SiteInts[si + Slot] = CompareOps.HasState(op) ? LittleEndian.U16(code, compare + 6) : -1;
        SiteProbe[sp + CompareAt] = compare;

        int next = compare + 8;
        int flags = (int)op << OperatorShift | termCount << TermCountShift;
        flags |= Hysteresis.Inclusive(op) << InclusiveShift | Hysteresis.Flip(op) << FlipShift;
        SiteInts[si + Timer] = -1;
        SiteProbe[sp + ForAt] = -1;
        if (next < end && (OpCode)code[next] == OpCode.For)
        {
            SiteInts[si + Timer] = LittleEndian.U16(code, next + 1);
            SiteLongs[sl + Delay] = LittleEndian.U32(code, next + 3);
            SiteProbe[sp + ForAt] = next;
            next += 7;
        }
        SiteProbe[sp + NotAt] = -1;
        if (next < end && (OpCode)code[next] == OpCode.Not)
        {
            flags |= Negate;
            SiteProbe[sp + NotAt] = next;
            next++;
        }
        // The verifier proved an AND/OR here has a truth below this one to join.
        SiteProbe[sp + CombineAt] = -1;
        if (next < end && ((OpCode)code[next] == OpCode.And || (OpCode)code[next] == OpCode.Or))
        {
            flags |= (OpCode)code[next] == OpCode.And ? CombineAnd : CombineOr;
            SiteProbe[sp + CombineAt] = next;
            next++;
        }
        SiteInts[si + Flags] = flags;
        Code[_ops] = (CompareOps.HasState(op) ? SiteOrdered : SiteBand) | s << KindBits;
        At[_ops] = compare;
        _ops++;
        return next;
    }

    private void AddOp(byte[] code, OpCode op, int pc)
    {
        At[_ops] = pc;
        switch (op)
        {
            case OpCode.Load:
                Code[_ops] = Load | LittleEndian.U16(code, pc + 1) << KindBits;
                break;
            case OpCode.Neg: Code[_ops] = Neg; break;
            case OpCode.Add: Code[_ops] = Add; break;
            case OpCode.Sub: Code[_ops] = Sub; break;
            case OpCode.For:
                Code[_ops] = For | LittleEndian.U16(code, pc + 1) << KindBits;
                Ticks[_ops] = LittleEndian.U32(code, pc + 3);
                break;
            case OpCode.And: Code[_ops] = And; break;
            case OpCode.Or: Code[_ops] = Or; break;
            default: Code[_ops] = Not; break;
        }
        _ops++;
    }

    /// <summary>Follows the code after DECIDE with the branch register set to <paramref name="branch"/>, listing the actions it queues.</summary>
    private void ListActions(byte[] code, int pc, int end, byte branch)
    {
        while (pc < end)
        {
            switch ((OpCode)code[pc])
            {
                case OpCode.JumpUnless:
                    pc += 4;
                    if (branch != code[pc - 3]) pc += LittleEndian.U16(code, pc - 2);
                    break;
                case OpCode.Jump:
                    pc += 3 + LittleEndian.U16(code, pc + 1);
                    break;
                default:
                    ActionList[_actions++] = LittleEndian.U16(code, pc + 1);
                    pc += 3;
                    break;
            }
        }
    }
}
