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
    private long[]? _probeValue;
    private bool[]? _probeKnown;

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
        _probeValue = new long[_image.Code.Length];
        _probeKnown = new bool[_image.Code.Length];
    }

    /// <summary>With the probe on: the value the instruction at <paramref name="offset"/> produced in the last tick.</summary>
    public long ProbeValue(int offset) => _probeValue == null ? 0 : _probeValue[offset];

    /// <summary>With the probe on: whether that value was known (valid inputs; not Unknown).</summary>
    public bool ProbeKnown(int offset) => _probeKnown != null && _probeKnown[offset];

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
        if (_probeValue != null) RunProbed(snapshot);
        else Run(snapshot);
    }

    /// <summary>Decides an automation whose condition came out <paramref name="r"/> and queues the actions of the branch that runs.</summary>
    private void Act(int index, byte r)
    {
        int branch = 3 * index + Decide(index, r);
        int[] list = _form.ActionList;
        for (int k = _form.ActFrom[branch]; k < _form.ActTo[branch]; k++) _queue.Add(index, list[k]);
    }

    /// <summary>Runs every enabled automation's condition, then decides it and queues its actions.</summary>
    private void Run(Snapshot snapshot)
    {
        RunForm f = _form;
        byte[] ops = f.Op;
        int[] args = f.Arg;
        int[] si = f.SiteInts;
        long[] sl = f.SiteLongs;
        long[] inputs = snapshot.Values;
        bool[] valid = snapshot.Valid;
        int[] terms = f.Terms;
        byte[] truth = _truth;
        long[] values = _stackValue;
        bool[] known = _stackKnown;
        bool[] enabled = _enabled;
        for (int a = 0; a < enabled.Length; a++)
        {
            if (!enabled[a]) continue;
            int tsp = 0;
            int vsp = 0;
            int end = f.OpStart[a + 1];
            for (int i = f.OpStart[a]; i < end; i++)
            {
                byte op = ops[i];
                int s = args[i];
                if (op <= RunForm.SiteBand)
                {
                    int b = RunForm.IntStride * s;
                    int l = RunForm.LongStride * s;
                    bool k;
                    long x;
                    if (si[b + RunForm.TermCount] == 1)
                    {
                        int term = terms[si[b + RunForm.TermStart]];
                        x = (term & 1) != 0 ? Fixed.Neg(inputs[term >> 1]) : inputs[term >> 1];
                        k = valid[term >> 1];
                    }
                    else x = SiteSum(s, inputs, valid, ref vsp, out k);
                    int flags = si[b + RunForm.Flags];
                    byte r = SiteTruth(op, s, flags, x, k);
                    int timer = si[b + RunForm.Timer];
                    if (timer >= 0) r = Delay(timer, sl[l + RunForm.Delay], r);
                    if ((flags & RunForm.Negate) != 0) r = Tri.Not(r);
                    if ((flags & RunForm.CombineAnd) != 0) truth[tsp - 1] = Tri.And(truth[tsp - 1], r);
                    else if ((flags & RunForm.CombineOr) != 0) truth[tsp - 1] = Tri.Or(truth[tsp - 1], r);
                    else truth[tsp++] = r;
                    continue;
                }
                switch (op)
                {
                    case RunForm.Load:
                        values[vsp] = inputs[s];
                        known[vsp] = valid[s];
                        vsp++;
                        break;
                    case RunForm.Neg:
                        values[vsp - 1] = Fixed.Neg(values[vsp - 1]);
                        break;
                    case RunForm.Add:
                        vsp--;
                        values[vsp - 1] = Fixed.Add(values[vsp - 1], values[vsp]);
                        known[vsp - 1] = known[vsp - 1] && known[vsp];
                        break;
                    case RunForm.Sub:
                        vsp--;
                        values[vsp - 1] = Fixed.Sub(values[vsp - 1], values[vsp]);
                        known[vsp - 1] = known[vsp - 1] && known[vsp];
                        break;
                    case RunForm.For:
                        truth[tsp - 1] = Delay(s, f.Ticks[i], truth[tsp - 1]);
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
            }
            Act(a, truth[0]);
        }
    }

    /// <summary>
    /// <see cref="Run"/> that also records, at each instruction's code offset, the value it left on top
    /// of the stack: a sum's value and validity, a truth as 1/0 and known. A separate loop, so ticks
    /// without the probe pay nothing for it.
    /// </summary>
    private void RunProbed(Snapshot snapshot)
    {
        RunForm f = _form;
        byte[] ops = f.Op;
        int[] args = f.Arg;
        int[] at = f.At;
        int[] sp = f.SiteProbe;
        int[] si = f.SiteInts;
        int[] terms = f.Terms;
        long[] inputs = snapshot.Values;
        bool[] valid = snapshot.Valid;
        byte[] truth = _truth;
        long[] values = _stackValue;
        bool[] known = _stackKnown;
        long[] probeValue = _probeValue!;
        bool[] probeKnown = _probeKnown!;
        bool[] enabled = _enabled;
        for (int a = 0; a < enabled.Length; a++)
        {
            if (!enabled[a]) continue;
            int tsp = 0;
            int vsp = 0;
            int end = f.OpStart[a + 1];
            for (int i = f.OpStart[a]; i < end; i++)
            {
                byte op = ops[i];
                int s = args[i];
                if (op <= RunForm.SiteBand)
                {
                    int p = RunForm.ProbeStride * s;
                    int b = RunForm.IntStride * s;
                    bool k;
                    long x;
                    if (si[b + RunForm.TermCount] == 1)
                    {
                        int term = terms[si[b + RunForm.TermStart]];
                        x = (term & 1) != 0 ? Fixed.Neg(inputs[term >> 1]) : inputs[term >> 1];
                        k = valid[term >> 1];
                    }
                    else x = SiteSum(s, inputs, valid, ref vsp, out k);
                    if (sp[p + RunForm.SumAt] >= 0)
                    {
                        probeValue[sp[p + RunForm.SumAt]] = x;
                        probeKnown[sp[p + RunForm.SumAt]] = k;
                    }
                    int flags = si[b + RunForm.Flags];
                    byte r = SiteTruth(op, s, flags, x, k);
                    Record(probeValue, probeKnown, sp[p + RunForm.CompareAt], r);
                    int timer = si[b + RunForm.Timer];
                    if (timer >= 0)
                    {
                        r = Delay(timer, f.SiteLongs[RunForm.LongStride * s + RunForm.Delay], r);
                        Record(probeValue, probeKnown, sp[p + RunForm.ForAt], r);
                    }
                    if ((flags & RunForm.Negate) != 0)
                    {
                        r = Tri.Not(r);
                        Record(probeValue, probeKnown, sp[p + RunForm.NotAt], r);
                    }
                    if ((flags & (RunForm.CombineAnd | RunForm.CombineOr)) == 0) truth[tsp++] = r;
                    else
                    {
                        truth[tsp - 1] = (flags & RunForm.CombineAnd) != 0 ? Tri.And(truth[tsp - 1], r) : Tri.Or(truth[tsp - 1], r);
                        Record(probeValue, probeKnown, sp[p + RunForm.CombineAt], truth[tsp - 1]);
                    }
                    continue;
                }
                switch (op)
                {
                    case RunForm.Load:
                        values[vsp] = inputs[s];
                        known[vsp] = valid[s];
                        vsp++;
                        break;
                    case RunForm.Neg:
                        values[vsp - 1] = Fixed.Neg(values[vsp - 1]);
                        break;
                    case RunForm.Add:
                        vsp--;
                        values[vsp - 1] = Fixed.Add(values[vsp - 1], values[vsp]);
                        known[vsp - 1] = known[vsp - 1] && known[vsp];
                        break;
                    case RunForm.Sub:
                        vsp--;
                        values[vsp - 1] = Fixed.Sub(values[vsp - 1], values[vsp]);
                        known[vsp - 1] = known[vsp - 1] && known[vsp];
                        break;
                    case RunForm.For:
                        truth[tsp - 1] = Delay(s, f.Ticks[i], truth[tsp - 1]);
                        Record(probeValue, probeKnown, at[i], truth[tsp - 1]);
                        continue;
                    case RunForm.And:
                        tsp--;
                        truth[tsp - 1] = Tri.And(truth[tsp - 1], truth[tsp]);
                        Record(probeValue, probeKnown, at[i], truth[tsp - 1]);
                        continue;
                    case RunForm.Or:
                        tsp--;
                        truth[tsp - 1] = Tri.Or(truth[tsp - 1], truth[tsp]);
                        Record(probeValue, probeKnown, at[i], truth[tsp - 1]);
                        continue;
                    default:
                        truth[tsp - 1] = Tri.Not(truth[tsp - 1]);
                        Record(probeValue, probeKnown, at[i], truth[tsp - 1]);
                        continue;
                }
                // Value ops leave a value on top of the value stack.
                probeValue[at[i]] = values[vsp - 1];
                probeKnown[at[i]] = known[vsp - 1];
            }
            Act(a, truth[0]);
        }
    }

    /// <summary>
    /// A site's sum, left-folded and saturating at each step, known only if every input is valid; a
    /// site without terms takes it from the value stack.
    /// </summary>
    private long SiteSum(int s, long[] inputs, bool[] valid, ref int vsp, out bool known)
    {
        int[] si = _form.SiteInts;
        int[] terms = _form.Terms;
        int t = si[RunForm.IntStride * s + RunForm.TermStart];
        int count = si[RunForm.IntStride * s + RunForm.TermCount];
        if (count == 0)
        {
            vsp--;
            known = _stackKnown[vsp];
            return _stackValue[vsp];
        }
        int term = terms[t];
        long x = (term & 1) != 0 ? Fixed.Neg(inputs[term >> 1]) : inputs[term >> 1];
        known = valid[term >> 1];
        for (int end = t + count, n = t + 1; n < end; n++)
        {
            term = terms[n];
            x = (term & 1) != 0 ? Fixed.Sub(x, inputs[term >> 1]) : Fixed.Add(x, inputs[term >> 1]);
            known = known & valid[term >> 1];
        }
        return x;
    }

    /// <summary>
    /// A site's comparison (docs/DESIGN.md table): the four ordering operators through
    /// <see cref="Hysteresis.Rising"/> with the flags decoded at load, == and != through the band.
    /// Unknown when the sum is; the hysteresis state then stays frozen.
    /// </summary>
    private byte SiteTruth(byte op, int s, int flags, long x, bool known)
    {
        if (!known) return Tri.Unknown;
        long[] sl = _form.SiteLongs;
        int l = RunForm.LongStride * s;
        if (op == RunForm.SiteBand) return Hysteresis.Band((CompareOp)(flags >> RunForm.OperatorShift), x, sl[l + RunForm.Value], sl[l + RunForm.Hysteresis]);
        int slot = _form.SiteInts[RunForm.IntStride * s + RunForm.Slot];
        bool flip = (flags & RunForm.Flip) != 0;
        byte state = flip ? Tri.Not(_hysteresis[slot]) : _hysteresis[slot];
        byte r = Hysteresis.Rising(x, sl[l + RunForm.Upper], sl[l + RunForm.Lower], sl[l + RunForm.Value], (flags & RunForm.Inclusive) != 0, state);
        if (flip) r = Tri.Not(r);
        _hysteresis[slot] = r;
        return r;
    }

    /// <summary>'for': true only after r was true for ticks + 1 consecutive ticks; the count stops once the delay is met.</summary>
    private byte Delay(int slot, long ticks, byte r)
    {
        if (r != Tri.True)
        {
            _forCount[slot] = 0;
            return r;
        }
        if (_forCount[slot] <= ticks) _forCount[slot]++;
        return _forCount[slot] <= ticks ? Tri.False : Tri.True;
    }

    private static void Record(long[] probeValue, bool[] probeKnown, int offset, byte t)
    {
        probeKnown[offset] = t != Tri.Unknown;
        probeValue[offset] = t == Tri.True ? 1 : 0;
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
