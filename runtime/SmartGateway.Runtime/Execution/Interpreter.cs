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
    private readonly byte[] _code;
    private readonly long[] _constants;
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
        _code = image.Code;
        _constants = image.Constants;
        _stackValue = new long[image.MaxStack + 1];
        _stackKnown = new bool[image.MaxStack + 1];
        _hysteresis = new byte[image.HysteresisSlots];
        _forCount = new long[image.TimerSlots];
        _last = new byte[image.Automations.Length];
        _lastSetAt = new long[image.Automations.Length];
        _queue = new ActionQueue(image.MaxActions);
    }

    public Image Image => _image;

    /// <summary>The actions the last tick decided, in order.</summary>
    public ActionQueue Actions => _queue;

    /// <summary>The last tick's number: 0 for the first tick, -1 before it.</summary>
    public long CurrentTick => _tick;

    /// <summary>A new snapshot shaped for this image's input table.</summary>
    public Snapshot NewSnapshot() => new Snapshot(_image.Inputs.Length);

    /// <summary>
    /// Records, from now on, the value each instruction leaves on top of the stack, by code offset, so a
    /// live preview can show every block's sum and truth exactly as this interpreter computed them.
    /// </summary>
    public void EnableProbe()
    {
        _probeValue = new long[_code.Length];
        _probeKnown = new bool[_code.Length];
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
        return true;
    }

    /// <summary>Evaluates every automation, in order, against one snapshot and queues their actions.</summary>
    [NanoHotPath]
    public void Tick(Snapshot snapshot)
    {
        _tick++;
        _queue.Clear();
        AutomationEntry[] automations = _image.Automations;
        for (int i = 0; i < automations.Length; i++)
        {
            AutomationEntry a = automations[i];
            if (a.Enabled) Run(i, a, snapshot);
            else Reset(i, a);
        }
    }

    /// <summary>A disabled automation keeps no state: when enabled again it starts as if new.</summary>
    private void Reset(int index, AutomationEntry a)
    {
        for (int s = a.HysteresisStart; s < a.HysteresisStart + a.HysteresisCount; s++) _hysteresis[s] = Tri.Unknown;
        for (int s = a.TimerStart; s < a.TimerStart + a.TimerCount; s++) _forCount[s] = 0;
        _last[index] = Tri.Unknown;
        _lastSetAt[index] = 0;
    }

    private void Run(int index, AutomationEntry a, Snapshot snapshot)
    {
        byte[] code = _code;
        long[] values = _stackValue;
        bool[] known = _stackKnown;
        int sp = 0;
        byte branch = Verifier.BranchNone;
        int pc = a.CodeStart;
        int end = a.CodeEnd;
        long[]? probeValue = _probeValue;
        bool[]? probeKnown = _probeKnown;
        while (pc < end)
        {
            int at = pc;
            switch ((OpCode)code[pc])
            {
                case OpCode.Load:
                {
                    int input = LittleEndian.U16(code, pc + 1);
                    values[sp] = snapshot.Values[input];
                    known[sp] = snapshot.Valid[input];
                    sp++;
                    pc += 3;
                    break;
                }
                case OpCode.Add:
                    sp--;
                    values[sp - 1] = Fixed.Add(values[sp - 1], values[sp]);
                    known[sp - 1] = known[sp - 1] && known[sp];
                    pc++;
                    break;
                case OpCode.Sub:
                    sp--;
                    values[sp - 1] = Fixed.Sub(values[sp - 1], values[sp]);
                    known[sp - 1] = known[sp - 1] && known[sp];
                    pc++;
                    break;
                case OpCode.Neg:
                    values[sp - 1] = Fixed.Neg(values[sp - 1]);
                    pc++;
                    break;
                case OpCode.Compare:
                {
                    CompareOp op = (CompareOp)code[pc + 1];
                    long v = _constants[LittleEndian.U16(code, pc + 2)];
                    long h = _constants[LittleEndian.U16(code, pc + 4)];
                    int slot = LittleEndian.U16(code, pc + 6);
                    byte r;
                    if (!known[sp - 1]) r = Tri.Unknown; // state stays frozen
                    else if (CompareOps.HasState(op))
                    {
                        r = Hysteresis.Resolve(op, values[sp - 1], v, h, _hysteresis[slot]);
                        _hysteresis[slot] = r;
                    }
                    else r = Hysteresis.Band(op, values[sp - 1], v, h);
                    SetTri(sp - 1, r);
                    pc += 8;
                    break;
                }
                case OpCode.For:
                {
                    int slot = LittleEndian.U16(code, pc + 1);
                    long ticks = LittleEndian.U32(code, pc + 3);
                    byte r = TriAt(sp - 1);
                    if (r == Tri.True)
                    {
                        // Count consecutive true ticks; stop counting once the delay is met.
                        if (_forCount[slot] <= ticks) _forCount[slot]++;
                        if (_forCount[slot] <= ticks) r = Tri.False;
                    }
                    else _forCount[slot] = 0;
                    SetTri(sp - 1, r);
                    pc += 7;
                    break;
                }
                case OpCode.And:
                    sp--;
                    SetTri(sp - 1, Tri.And(TriAt(sp - 1), TriAt(sp)));
                    pc++;
                    break;
                case OpCode.Or:
                    sp--;
                    SetTri(sp - 1, Tri.Or(TriAt(sp - 1), TriAt(sp)));
                    pc++;
                    break;
                case OpCode.Not:
                    SetTri(sp - 1, Tri.Not(TriAt(sp - 1)));
                    pc++;
                    break;
                case OpCode.Decide:
                    sp--;
                    branch = Decide(index, a, TriAt(sp));
                    pc++;
                    break;
                case OpCode.JumpUnless:
                    pc += 4;
                    if (branch != code[pc - 3]) pc += LittleEndian.U16(code, pc - 2);
                    break;
                case OpCode.Jump:
                    pc += 3 + LittleEndian.U16(code, pc + 1);
                    break;
                case OpCode.Act:
                    _queue.Add(index, LittleEndian.U16(code, pc + 1));
                    pc += 3;
                    break;
                default:
                    // Unreachable for a verified image; stop this automation rather than misread bytes.
                    return;
            }
            if (probeValue != null && probeKnown != null && sp > 0)
            {
                probeValue[at] = values[sp - 1];
                probeKnown[at] = known[sp - 1];
            }
        }
    }

    /// <summary>
    /// min_on / min_off hold and the mode (docs/FORMATS.md): L is the last known effective result, set at
    /// tick s. Returns which branch runs this tick.
    /// </summary>
    private byte Decide(int index, AutomationEntry a, byte r)
    {
        byte last = _last[index];
        long since = _tick - _lastSetAt[index];
        byte effective;
        bool changed = false;
        if ((last == Tri.True && since < a.MinOnTicks) || (last == Tri.False && since < a.MinOffTicks))
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
        if (a.Continuous || changed)
        {
            if (effective == Tri.True) return Verifier.BranchTrue;
            if (effective == Tri.False) return Verifier.BranchFalse;
        }
        return Verifier.BranchNone;
    }

    private byte TriAt(int i)
    {
        if (!_stackKnown[i]) return Tri.Unknown;
        return _stackValue[i] != 0 ? Tri.True : Tri.False;
    }

    private void SetTri(int i, byte t)
    {
        _stackKnown[i] = t != Tri.Unknown;
        _stackValue[i] = t == Tri.True ? 1 : 0;
    }
}
