using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Execution;

/// <summary>
/// Runs a verified image, one <see cref="Tick"/> per snapshot. Every buffer is allocated here, from the
/// image's declared sizes, so a tick allocates nothing. Operands are trusted: the verifier checked them.
/// State (hysteresis, timers, last results) belongs to this instance; a new image gets a new one.
/// </summary>
public sealed class Interpreter
{
    private readonly Image _image;
    private readonly RunForm _form;
    private readonly bool[] _enabled;
    private readonly bool[] _continuous;
    private readonly long[] _minOn;
    private readonly long[] _minOff;
    private readonly byte[] _truth;
    private readonly long[] _stackValue;
    private readonly bool[] _stackKnown;
    private readonly byte[] _hysteresis;
    private readonly long[] _forCount;
    private readonly byte[] _last;
    private readonly long[] _lastSetAt;
    private readonly ActionQueue _queue;
    private long _tick = -1;
    // The probe, when on: per site its sum, the sum's validity and its truths packed two bits each (the
    // compare, after 'for', after NOT, after AND/OR: RunForm's probe parts CompareAt..CombineAt); per
    // other run op what it left on top of the stack. All indexed in run order, so a probed tick writes
    // memory in sequence. _probeIndex maps a code offset to site × 8 + part, or run op × 8 + OpPart.
    private const int OpPart = 7;
    private long[]? _probeSum;
    private bool[]? _probeSumKnown;
    private byte[]? _probeSite;
    private long[]? _probeOpValue;
    private bool[]? _probeOpKnown;
    private byte[]? _probeOpTruth;
    private int[]? _probeIndex;

    /// <summary>Takes an image that <see cref="Verifier"/> accepted; anything else is a programming error.</summary>
    public Interpreter(Image image)
    {
        _image = image;
        _form = RunForm.Decode(image);
        int n = image.Automations.Length;
        _enabled = new bool[n];
        _continuous = new bool[n];
        _minOn = new long[n];
        _minOff = new long[n];
        for (int i = 0; i < n; i++)
        {
            AutomationEntry a = image.Automations[i];
            _enabled[i] = a.Enabled;
            _continuous[i] = a.Continuous;
            _minOn[i] = a.MinOnTicks;
            _minOff[i] = a.MinOffTicks;
            if (a.Enabled) DispatchesPerTick += _form.OpStart[i + 1] - _form.OpStart[i] + 1;
        }
        _truth = new byte[image.MaxStack + 1];
        _stackValue = new long[image.MaxStack + 1];
        _stackKnown = new bool[image.MaxStack + 1];
        _hysteresis = new byte[image.HysteresisSlots];
        _forCount = new long[image.TimerSlots];
        _last = new byte[image.Automations.Length];
        _lastSetAt = new long[image.Automations.Length];
        _queue = new ActionQueue(image.MaxActions);
    }

    /// <summary>
    /// Run ops a tick dispatches, plus one DECIDE per enabled automation: the diagnostic of issue 17
    /// (on the firmware every dispatch costs tens of interpreted IL instructions).
    /// </summary>
    public int DispatchesPerTick { get; }

    public Image Image => _image;

    /// <summary>The actions the last tick decided, in order.</summary>
    public ActionQueue Actions => _queue;

    /// <summary>The last tick's number: 0 for the first tick, -1 before it.</summary>
    public long CurrentTick => _tick;

    /// <summary>A new snapshot shaped for this image's input table.</summary>
    public Snapshot NewSnapshot() => new Snapshot(_image.Inputs.Length);

    /// <summary>
    /// Records, from now on, the value each instruction leaves on top of the stack, by code offset, so a
    /// live preview can show every block's sum and truth exactly as this interpreter computed them. Inside
    /// a fused sum only its result is recorded (at the sum's last instruction), not each input loaded.
    /// </summary>
    public void EnableProbe()
    {
        RunForm f = _form;
        int sites = f.SiteProbe.Length / RunForm.ProbeStride;
        _probeIndex = new int[_image.Code.Length];
        for (int i = 0; i < _probeIndex.Length; i++) _probeIndex[i] = -1;
        for (int i = 0; i < f.OpStart[f.OpStart.Length - 1]; i++)
        {
            if ((f.Code[i] & RunForm.KindMask) > RunForm.SiteBand) _probeIndex[f.At[i]] = 8 * i + OpPart;
        }
        for (int s = 0; s < sites; s++)
        {
            for (int part = 0; part < RunForm.ProbeStride; part++)
            {
                int offset = f.SiteProbe[RunForm.ProbeStride * s + part];
                if (offset >= 0) _probeIndex[offset] = 8 * s + part;
            }
        }
        _probeSum = new long[sites];
        _probeSumKnown = new bool[sites];
        _probeSite = new byte[sites];
        _probeOpValue = new long[f.Code.Length];
        _probeOpKnown = new bool[f.Code.Length];
        _probeOpTruth = new byte[f.Code.Length];
    }

    /// <summary>
    /// With the probe on: the value the instruction at <paramref name="offset"/> produced in the last
    /// tick; a truth as 1 (true) or 0.
    /// </summary>
    public long ProbeValue(int offset)
    {
        if (_probeIndex == null || _probeIndex[offset] < 0) return 0;
        if (!PushesTruth(offset)) return (_probeIndex[offset] & 7) == OpPart ? _probeOpValue![_probeIndex[offset] >> 3] : _probeSum![_probeIndex[offset] >> 3];
        return ProbedTruth(offset) == Tri.True ? 1 : 0;
    }

    /// <summary>With the probe on: whether that value was known (valid inputs; not Unknown).</summary>
    public bool ProbeKnown(int offset)
    {
        if (_probeIndex == null || _probeIndex[offset] < 0) return false;
        if (!PushesTruth(offset)) return (_probeIndex[offset] & 7) == OpPart ? _probeOpKnown![_probeIndex[offset] >> 3] : _probeSumKnown![_probeIndex[offset] >> 3];
        return ProbedTruth(offset) != Tri.Unknown;
    }

    private byte ProbedTruth(int offset)
    {
        int entry = _probeIndex![offset];
        if ((entry & 7) == OpPart) return _probeOpTruth![entry >> 3];
        return (byte)((_probeSite![entry >> 3] >> (2 * ((entry & 7) - 1))) & 3);
    }

    private bool PushesTruth(int offset) => OpInfo.PushKind((OpCode)_image.Code[offset]) == OperandKind.Truth;

    /// <summary>Hysteresis state of a slot: <see cref="Tri.True"/>, <see cref="Tri.False"/> or none yet.</summary>
    public byte HysteresisState(int slot) => _hysteresis[slot];

    /// <summary>Consecutive true ticks a 'for' timer has counted (it stops counting once its delay is met).</summary>
    public long TimerCount(int slot) => _forCount[slot];

    /// <summary>An automation's last known effective result (none before its first known result).</summary>
    public byte LastResult(int automation) => _last[automation];

    /// <summary>The tick at which that result was set (for min on / min off).</summary>
    public long LastResultTick(int automation) => _lastSetAt[automation];

    /// <summary>Bytes <see cref="SaveState"/> writes: the tick, every hysteresis and timer slot, every automation's L and s.</summary>
    public int StateSize => 8 + _hysteresis.Length + 8 * _forCount.Length + 9 * _last.Length;

    /// <summary>Copies the state into <paramref name="target"/> (at least <see cref="StateSize"/> bytes).</summary>
    public void SaveState(byte[] target)
    {
        int at = 0;
        LittleEndian.PutI64(target, at, _tick);
        at += 8;
        for (int i = 0; i < _hysteresis.Length; i++) target[at++] = _hysteresis[i];
        for (int i = 0; i < _forCount.Length; i++, at += 8) LittleEndian.PutI64(target, at, _forCount[i]);
        for (int i = 0; i < _last.Length; i++) target[at++] = _last[i];
        for (int i = 0; i < _lastSetAt.Length; i++, at += 8) LittleEndian.PutI64(target, at, _lastSetAt[i]);
    }

    /// <summary>
    /// Restores state saved by an interpreter of the identical image; false (and nothing changed) when
    /// the size does not match or a truth value is out of range.
    /// </summary>
    public bool RestoreState(byte[] source)
    {
        if (source == null || source.Length != StateSize) return false;
        int hysteresisAt = 8;
        int lastAt = hysteresisAt + _hysteresis.Length + 8 * _forCount.Length;
        for (int i = 0; i < _hysteresis.Length; i++)
        {
            if (source[hysteresisAt + i] > Tri.False) return false;
        }
        for (int i = 0; i < _last.Length; i++)
        {
            if (source[lastAt + i] > Tri.False) return false;
        }
        int at = hysteresisAt;
        _tick = LittleEndian.I64(source, 0);
        for (int i = 0; i < _hysteresis.Length; i++) _hysteresis[i] = source[at++];
        for (int i = 0; i < _forCount.Length; i++, at += 8) _forCount[i] = LittleEndian.I64(source, at);
        for (int i = 0; i < _last.Length; i++) _last[i] = source[at++];
        for (int i = 0; i < _lastSetAt.Length; i++, at += 8) _lastSetAt[i] = LittleEndian.I64(source, at);
        ResetDisabled();
        return true;
    }

    /// <summary>Evaluates every automation, in order, against one snapshot and queues their actions.</summary>
    [NanoHotPath]
    public void Tick(Snapshot snapshot)
    {
        _tick++;
        _queue.Clear();
        if (_probeIndex != null) RunProbed(snapshot.Values, snapshot.Valid);
        else Run(snapshot.Values, snapshot.Valid);
    }

    /// <summary>Decides an automation whose condition came out <paramref name="r"/> and queues the actions of the branch that runs.</summary>
    private void Act(int index, byte r)
    {
        int branch = 3 * index + Decide(index, r);
        int[] list = _form.ActionList;
        for (int k = _form.ActFrom[branch]; k < _form.ActTo[branch]; k++) _queue.Add(index, list[k]);
    }

    /// <summary>
    /// Runs every enabled automation's run ops, then decides it and queues its actions. All in one
    /// method on purpose: a call inside the loop costs more than the work of a site, because the
    /// loop's locals must then survive it in memory.
    /// </summary>
    private void Run(long[] inputs, bool[] valid)
    {
        int[] code = _form.Code;
        int[] si = _form.SiteInts;
        long[] sl = _form.SiteLongs;
        int[] opStart = _form.OpStart;
        byte[] truth = _truth;
        byte[] hysteresis = _hysteresis;
        bool[] enabled = _enabled;
        long[] values = _stackValue;
        bool[] stackKnown = _stackKnown;
        int[] terms = _form.Terms;
        for (int a = 0; a < enabled.Length; a++)
        {
            if (!enabled[a]) continue;
            int tsp = 0;
            int vsp = 0;
            for (int i = opStart[a], end = opStart[a + 1]; i < end; i++)
            {
                int word = code[i];
                int kind = word & RunForm.KindMask;
                int s = word >> RunForm.KindBits;
                if (kind > RunForm.SiteBand)
                {
                    switch (kind)
                    {
                        case RunForm.Load:
                            values[vsp] = inputs[s];
                            stackKnown[vsp] = valid[s];
                            vsp++;
                            break;
                        case RunForm.Neg:
                            values[vsp - 1] = Fixed.Neg(values[vsp - 1]);
                            break;
                        case RunForm.Add:
                            vsp--;
                            values[vsp - 1] = Fixed.Add(values[vsp - 1], values[vsp]);
                            stackKnown[vsp - 1] = stackKnown[vsp - 1] && stackKnown[vsp];
                            break;
                        case RunForm.Sub:
                            vsp--;
                            values[vsp - 1] = Fixed.Sub(values[vsp - 1], values[vsp]);
                            stackKnown[vsp - 1] = stackKnown[vsp - 1] && stackKnown[vsp];
                            break;
                        case RunForm.For:
                            truth[tsp - 1] = Delay(_forCount, s, _form.Ticks[i], truth[tsp - 1]);
                            break;
                        case RunForm.And:
                            tsp--;
                            truth[tsp - 1] = Tri.And(truth[tsp - 1], truth[tsp]);
                            break;
                        case RunForm.Or:
                            tsp--;
                            truth[tsp - 1] = Tri.Or(truth[tsp - 1], truth[tsp]);
                            break;
                        default:
                            truth[tsp - 1] = Tri.Not(truth[tsp - 1]);
                            break;
                    }
                    continue;
                }
                int b = RunForm.IntStride * s;
                int l = RunForm.LongStride * s;
                int flags = si[b + RunForm.Flags];
                long x;
                bool known;
                int count = flags >> RunForm.TermCountShift;
                if (count != 0)
                {
                    int term = si[b + RunForm.FirstTerm];
                    x = inputs[term >> 1];
                    if ((term & 1) != 0) x = Fixed.Neg(x);
                    known = valid[term >> 1];
                    for (int n = si[b + RunForm.MoreTerms], last = n + count - 1; n < last; n++)
                    {
                        term = terms[n];
                        x = (term & 1) != 0 ? Fixed.Sub(x, inputs[term >> 1]) : Fixed.Add(x, inputs[term >> 1]);
                        known &= valid[term >> 1];
                    }
                }
                else
                {
                    vsp--;
                    x = values[vsp];
                    known = stackKnown[vsp];
                }
                byte r = Tri.Unknown;
                if (known && kind == RunForm.SiteOrdered)
                {
                    int slot = si[b + RunForm.Slot];
                    r = Hysteresis.Ordered(x, sl[l + RunForm.Upper], sl[l + RunForm.Lower], sl[l + RunForm.Value], (flags >> RunForm.InclusiveShift) & 1, (flags >> RunForm.FlipShift) & 1, hysteresis[slot]);
                    hysteresis[slot] = r;
                }
                else if (known) r = Hysteresis.Band((CompareOp)((flags >> RunForm.OperatorShift) & 0xFF), x, sl[l + RunForm.Value], sl[l + RunForm.Width]);
                int timer = si[b + RunForm.Timer];
                if (timer >= 0) r = Delay(_forCount, timer, sl[l + RunForm.Delay], r);
                r = Tri.NotIf(r, flags & RunForm.Negate);
                if ((flags & (RunForm.CombineAnd | RunForm.CombineOr)) == 0) truth[tsp++] = r;
                else if ((flags & RunForm.CombineAnd) != 0) truth[tsp - 1] = Tri.And(truth[tsp - 1], r);
                else truth[tsp - 1] = Tri.Or(truth[tsp - 1], r);
            }
            Act(a, truth[0]);
        }
    }

    /// <summary>'for': true only after r was true for ticks + 1 consecutive ticks; the count stops once the delay is met.</summary>
    private static byte Delay(long[] counts, int slot, long ticks, byte r)
    {
        if (r != Tri.True)
        {
            counts[slot] = 0;
            return r;
        }
        if (counts[slot] <= ticks) counts[slot]++;
        return counts[slot] <= ticks ? Tri.False : Tri.True;
    }

    /// <summary>
    /// <see cref="Run"/> that also records, at each instruction's code offset, what it left on top of the
    /// stack: a sum's value and validity, or a truth (one byte). A separate loop, so ticks without the
    /// probe pay nothing for it; in line like <see cref="Run"/> for the same reason.
    /// </summary>
    private void RunProbed(long[] inputs, bool[] valid)
    {
        int[] code = _form.Code;
        int[] si = _form.SiteInts;
        long[] sl = _form.SiteLongs;
        int[] opStart = _form.OpStart;
        int[] terms = _form.Terms;
        byte[] truth = _truth;
        byte[] hysteresis = _hysteresis;
        long[] values = _stackValue;
        bool[] stackKnown = _stackKnown;
        long[] probeSum = _probeSum!;
        bool[] probeSumKnown = _probeSumKnown!;
        byte[] probeSite = _probeSite!;
        long[] probeOpValue = _probeOpValue!;
        bool[] probeOpKnown = _probeOpKnown!;
        byte[] probeOpTruth = _probeOpTruth!;
        bool[] enabled = _enabled;
        for (int a = 0; a < enabled.Length; a++)
        {
            if (!enabled[a]) continue;
            int tsp = 0;
            int vsp = 0;
            for (int i = opStart[a], end = opStart[a + 1]; i < end; i++)
            {
                int word = code[i];
                int kind = word & RunForm.KindMask;
                int s = word >> RunForm.KindBits;
                if (kind > RunForm.SiteBand)
                {
                    switch (kind)
                    {
                        case RunForm.Load:
                            values[vsp] = inputs[s];
                            stackKnown[vsp] = valid[s];
                            vsp++;
                            break;
                        case RunForm.Neg:
                            values[vsp - 1] = Fixed.Neg(values[vsp - 1]);
                            break;
                        case RunForm.Add:
                            vsp--;
                            values[vsp - 1] = Fixed.Add(values[vsp - 1], values[vsp]);
                            stackKnown[vsp - 1] = stackKnown[vsp - 1] && stackKnown[vsp];
                            break;
                        case RunForm.Sub:
                            vsp--;
                            values[vsp - 1] = Fixed.Sub(values[vsp - 1], values[vsp]);
                            stackKnown[vsp - 1] = stackKnown[vsp - 1] && stackKnown[vsp];
                            break;
                        case RunForm.For:
                            truth[tsp - 1] = Delay(_forCount, s, _form.Ticks[i], truth[tsp - 1]);
                            probeOpTruth[i] = truth[tsp - 1];
                            continue;
                        case RunForm.And:
                            tsp--;
                            truth[tsp - 1] = Tri.And(truth[tsp - 1], truth[tsp]);
                            probeOpTruth[i] = truth[tsp - 1];
                            continue;
                        case RunForm.Or:
                            tsp--;
                            truth[tsp - 1] = Tri.Or(truth[tsp - 1], truth[tsp]);
                            probeOpTruth[i] = truth[tsp - 1];
                            continue;
                        default:
                            truth[tsp - 1] = Tri.Not(truth[tsp - 1]);
                            probeOpTruth[i] = truth[tsp - 1];
                            continue;
                    }
                    // Value ops leave a value on top of the value stack.
                    probeOpValue[i] = values[vsp - 1];
                    probeOpKnown[i] = stackKnown[vsp - 1];
                    continue;
                }
                int b = RunForm.IntStride * s;
                int l = RunForm.LongStride * s;
                int flags = si[b + RunForm.Flags];
                long x;
                bool known;
                int count = flags >> RunForm.TermCountShift;
                if (count != 0)
                {
                    int term = si[b + RunForm.FirstTerm];
                    x = inputs[term >> 1];
                    if ((term & 1) != 0) x = Fixed.Neg(x);
                    known = valid[term >> 1];
                    for (int n = si[b + RunForm.MoreTerms], last = n + count - 1; n < last; n++)
                    {
                        term = terms[n];
                        x = (term & 1) != 0 ? Fixed.Sub(x, inputs[term >> 1]) : Fixed.Add(x, inputs[term >> 1]);
                        known &= valid[term >> 1];
                    }
                }
                else
                {
                    vsp--;
                    x = values[vsp];
                    known = stackKnown[vsp];
                }
                byte r = Tri.Unknown;
                if (known && kind == RunForm.SiteOrdered)
                {
                    int slot = si[b + RunForm.Slot];
                    r = Hysteresis.Ordered(x, sl[l + RunForm.Upper], sl[l + RunForm.Lower], sl[l + RunForm.Value], (flags >> RunForm.InclusiveShift) & 1, (flags >> RunForm.FlipShift) & 1, hysteresis[slot]);
                    hysteresis[slot] = r;
                }
                else if (known) r = Hysteresis.Band((CompareOp)((flags >> RunForm.OperatorShift) & 0xFF), x, sl[l + RunForm.Value], sl[l + RunForm.Width]);
                probeSum[s] = x;
                probeSumKnown[s] = known;
                int truths = r;
                int timer = si[b + RunForm.Timer];
                if (timer >= 0) r = Delay(_forCount, timer, sl[l + RunForm.Delay], r);
                truths |= r << 2;
                r = Tri.NotIf(r, flags & RunForm.Negate);
                truths |= r << 4;
                if ((flags & (RunForm.CombineAnd | RunForm.CombineOr)) == 0) truth[tsp++] = r;
                else if ((flags & RunForm.CombineAnd) != 0) truth[tsp - 1] = Tri.And(truth[tsp - 1], r);
                else truth[tsp - 1] = Tri.Or(truth[tsp - 1], r);
                probeSite[s] = (byte)(truths | truth[tsp - 1] << 6);
            }
            Act(a, truth[0]);
        }
    }

    /// <summary>
    /// min_on / min_off hold and the mode (docs/FORMATS.md): L is the last known effective result, set at
    /// tick s. Returns which branch runs this tick.
    /// </summary>
    private byte Decide(int index, byte r)
    {
        byte last = _last[index];
        long since = _tick - _lastSetAt[index];
        byte effective;
        bool changed = false;
        if ((last == Tri.True && since < _minOn[index]) || (last == Tri.False && since < _minOff[index]))
        {
            effective = last;
        }
        else
        {
            effective = r;
            if (r != Tri.Unknown && r != last)
            {
                _last[index] = r;
                _lastSetAt[index] = _tick;
                changed = true;
            }
        }
        if (_continuous[index] || changed)
        {
            if (effective == Tri.True) return Verifier.BranchTrue;
            if (effective == Tri.False) return Verifier.BranchFalse;
        }
        return Verifier.BranchNone;
    }

    /// <summary>A disabled automation keeps no state: it starts as if new when an image enabling it is loaded.</summary>
    private void ResetDisabled()
    {
        AutomationEntry[] automations = _image.Automations;
        for (int i = 0; i < automations.Length; i++)
        {
            AutomationEntry a = automations[i];
            if (a.Enabled) continue;
            for (int s = a.HysteresisStart; s < a.HysteresisStart + a.HysteresisCount; s++) _hysteresis[s] = Tri.Unknown;
            for (int s = a.TimerStart; s < a.TimerStart + a.TimerCount; s++) _forCount[s] = 0;
            _last[i] = Tri.Unknown;
            _lastSetAt[i] = 0;
        }
    }
}
