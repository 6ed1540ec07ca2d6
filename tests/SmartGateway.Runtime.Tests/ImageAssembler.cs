using System.Text;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// Assembles a one-automation image from instructions, so a verifier test states the code it means
/// and reads offsets from the assembler instead of counting bytes in a compiled image. Operand widths
/// come from <see cref="OpInfo"/>; the header's sizes are computed from the code unless a test sets
/// them. Strings: 0 the automation's name, 1 the bicom target, then the inputs. Action 0 is
/// "bicom ir.right on".
/// </summary>
internal sealed class ImageAssembler
{
    private readonly string[] _inputs;
    private readonly List<long> _constants = [];
    private readonly List<byte> _code = [];
    private readonly List<int> _instructions = [];

    public ImageAssembler(params string[] inputs) => _inputs = inputs.Length > 0 ? inputs : ["ir.left.P"];

    /// <summary>Set to declare a stack other than the one the code needs.</summary>
    public int? MaxStack { get; set; }

    /// <summary>Where the code starts in the built image (valid after <see cref="Build"/>).</summary>
    public int CodeStart { get; private set; }

    /// <summary>A constant's index, adding it to the pool.</summary>
    public int Constant(long value)
    {
        _constants.Add(value);
        return _constants.Count - 1;
    }

    /// <summary>Appends an instruction; returns its offset in the code.</summary>
    public int Op(OpCode op, params int[] operands)
    {
        byte[] widths = OpInfo.OperandWidths(op);
        Assert.Equal(widths.Length, operands.Length);
        int at = _code.Count;
        _instructions.Add(at);
        _code.Add((byte)op);
        for (int i = 0; i < widths.Length; i++)
        {
            for (int b = 0; b < widths[i]; b++) _code.Add((byte)(operands[i] >> (8 * b)));
        }
        return at;
    }

    /// <summary>The code offset after the last instruction (a jump target at the end).</summary>
    public int Here => _code.Count;

    /// <summary>The image-relative offset of code offset <paramref name="at"/>, as the verifier reports it.</summary>
    public int At(int at) => CodeStart + at;

    /// <summary>LOAD input CMP op value ± hysteresis: the common compare, its slot the next free one when it has state.</summary>
    public int Compare(CompareOp op, long value, long hysteresis = 0, int input = 0)
    {
        int load = Op(OpCode.Load, input);
        int slot = CompareOps.HasState(op) ? Count(OpCode.Compare, c => CompareOps.HasState((CompareOp)_code[c + 1])) : ImageFormat.NoSlot;
        Op(OpCode.Compare, (int)op, Constant(value), Constant(hysteresis), slot);
        return load;
    }

    /// <summary>DECIDE, then "if true: ACT 0": the usual tail of a condition.</summary>
    public int DecideAndAct()
    {
        int decide = Op(OpCode.Decide);
        Op(OpCode.JumpUnless, Verify.Verifier.BranchTrue, 3);
        Op(OpCode.Act, 0);
        return decide;
    }

    public byte[] Build()
    {
        string[] strings = ["assembled", "ir.right", .. _inputs];
        var bytes = new List<byte>(new byte[ImageFormat.HeaderSize]);
        foreach (string s in strings)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(s);
            U16(bytes, utf8.Length);
            bytes.AddRange(utf8);
        }
        foreach (long c in _constants) bytes.AddRange(BitConverter.GetBytes(c));
        for (int i = 0; i < _inputs.Length; i++) U16(bytes, 2 + i);
        // Action 0: bicom, function on, target string 1.
        bytes.AddRange(new byte[] { (byte)ActionKind.Bicom, (byte)BicomFunction.On, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 });
        int hysteresis = Count(OpCode.Compare, c => CompareOps.HasState((CompareOp)_code[c + 1]));
        int timers = Count(OpCode.For, _ => true);
        // The automation: name 0, enabled, no min on/off, all the code, all the slots.
        U16(bytes, 0);
        bytes.Add(ImageFormat.AutomationEnabled);
        bytes.Add(0);
        U32(bytes, 0);
        U32(bytes, 0);
        U32(bytes, 0);
        U32(bytes, _code.Count);
        U16(bytes, 0);
        U16(bytes, hysteresis);
        U16(bytes, 0);
        U16(bytes, timers);
        CodeStart = bytes.Count;
        bytes.AddRange(_code);

        byte[] image = bytes.ToArray();
        image[0] = ImageFormat.Magic0;
        image[1] = ImageFormat.Magic1;
        image[2] = ImageFormat.Magic2;
        image[3] = ImageFormat.Magic3;
        LittleEndian.PutU16(image, ImageEnvelope.VersionOffset, ImageFormat.Version);
        LittleEndian.PutU16(image, ImageFormat.StringCountOffset, strings.Length);
        LittleEndian.PutU16(image, ImageFormat.ConstantCountOffset, _constants.Count);
        LittleEndian.PutU16(image, ImageFormat.InputCountOffset, _inputs.Length);
        LittleEndian.PutU16(image, ImageFormat.ActionCountOffset, 1);
        LittleEndian.PutU16(image, ImageFormat.AutomationCountOffset, 1);
        LittleEndian.PutU16(image, ImageFormat.HysteresisSlotsOffset, hysteresis);
        LittleEndian.PutU16(image, ImageFormat.TimerSlotsOffset, timers);
        LittleEndian.PutU16(image, ImageFormat.MaxStackOffset, MaxStack ?? NeededStack());
        LittleEndian.PutU16(image, ImageFormat.MaxActionsOffset, Count(OpCode.Act, _ => true));
        LittleEndian.PutU32(image, ImageFormat.CodeLengthOffset, (uint)_code.Count);
        ImageEnvelope.Seal(image);
        return image;
    }

    /// <summary>The deepest the stack gets along the code in order (assembled conditions have no jumps before DECIDE).</summary>
    private int NeededStack()
    {
        int depth = 0, max = 0;
        foreach (int at in _instructions)
        {
            var op = (OpCode)_code[at];
            depth = Math.Max(0, depth - OpInfo.Pops(op)) + OpInfo.Pushes(op);
            max = Math.Max(max, depth);
        }
        return max;
    }

    private int Count(OpCode op, Func<int, bool> which) => _instructions.Count(at => _code[at] == (byte)op && which(at));

    private static void U16(List<byte> b, int v)
    {
        b.Add((byte)v);
        b.Add((byte)(v >> 8));
    }

    private static void U32(List<byte> b, long v)
    {
        U16(b, (int)(v & 0xFFFF));
        U16(b, (int)(v >> 16));
    }
}
