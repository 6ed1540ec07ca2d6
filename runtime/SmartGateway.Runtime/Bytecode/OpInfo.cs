namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// The instruction set as one table, one row per opcode: name, operand widths, what it pops and
/// pushes, and on which side of DECIDE it may stand. Emitter, verifier, disassembler, the run-form
/// decoder and the tests' image assembler read it, so they agree by construction. Names are data
/// because nanoFramework's Enum.ToString() prints the number (docs/NANO.md §1).
/// </summary>
public static class OpInfo
{
    public const int MaxOpCode = 0x0D;

    private sealed class Row
    {
        public readonly string Name;
        public readonly byte[] Widths;
        public readonly int Pops;
        public readonly OperandKind PopKind;
        public readonly OperandKind PushKind;
        public readonly bool AfterDecide;

        public Row(string name, byte[] widths, int pops, OperandKind popKind, OperandKind pushKind, bool afterDecide)
        {
            Name = name;
            Widths = widths;
            Pops = pops;
            PopKind = popKind;
            PushKind = pushKind;
            AfterDecide = afterDecide;
        }
    }

    private static readonly byte[] NoOperands = new byte[0];

    // Indexed by opcode; row 0 is no opcode.
    private static readonly Row?[] Rows = new Row?[]
    {
        null,
        //      name           operand widths                      pops  pops kind            pushes kind         after DECIDE
        new Row("LOAD",        new byte[] { 2 },                   0, OperandKind.None,  OperandKind.Value, false), // input:u16
        new Row("ADD",         NoOperands,                         2, OperandKind.Value, OperandKind.Value, false),
        new Row("SUB",         NoOperands,                         2, OperandKind.Value, OperandKind.Value, false),
        new Row("NEG",         NoOperands,                         1, OperandKind.Value, OperandKind.Value, false),
        new Row("CMP",         new byte[] { 1, 2, 2, 2 },          1, OperandKind.Value, OperandKind.Truth, false), // op:u8 value:u16 hysteresis:u16 slot:u16
        new Row("FOR",         new byte[] { 2, 4 },                1, OperandKind.Truth, OperandKind.Truth, false), // timer:u16 ticks:u32
        new Row("AND",         NoOperands,                         2, OperandKind.Truth, OperandKind.Truth, false),
        new Row("OR",          NoOperands,                         2, OperandKind.Truth, OperandKind.Truth, false),
        new Row("NOT",         NoOperands,                         1, OperandKind.Truth, OperandKind.Truth, false),
        new Row("DECIDE",      NoOperands,                         1, OperandKind.Truth, OperandKind.None,  false),
        new Row("JUMP_UNLESS", new byte[] { 1, 2 },                0, OperandKind.None,  OperandKind.None,  true),  // branch:u8 offset:u16
        new Row("JUMP",        new byte[] { 2 },                   0, OperandKind.None,  OperandKind.None,  true),  // offset:u16
        new Row("ACT",         new byte[] { 2 },                   0, OperandKind.None,  OperandKind.None,  true),  // action:u16
    };

    public static bool IsKnown(byte op) => op >= 0x01 && op <= MaxOpCode;

    public static string Name(OpCode op) => IsKnown((byte)op) ? Rows[(byte)op]!.Name : "?";

    /// <summary>Bytes of each operand that follows the opcode byte, in order (little-endian unsigned).</summary>
    public static byte[] OperandWidths(OpCode op) => Rows[(byte)op]!.Widths;

    /// <summary>Bytes of operands that follow the opcode byte.</summary>
    public static int OperandBytes(OpCode op)
    {
        if (!IsKnown((byte)op)) return 0;
        byte[] widths = Rows[(byte)op]!.Widths;
        int sum = 0;
        for (int i = 0; i < widths.Length; i++) sum += widths[i];
        return sum;
    }

    public static int Pops(OpCode op) => Rows[(byte)op]!.Pops;

    public static int Pushes(OpCode op) => Rows[(byte)op]!.PushKind == OperandKind.None ? 0 : 1;

    /// <summary>The kind of every operand it pops (None when it pops nothing).</summary>
    public static OperandKind PopKind(OpCode op) => Rows[(byte)op]!.PopKind;

    /// <summary>The kind of what it pushes (None when it pushes nothing).</summary>
    public static OperandKind PushKind(OpCode op) => Rows[(byte)op]!.PushKind;

    /// <summary>Branch instructions and actions come after DECIDE; everything else before it.</summary>
    public static bool AfterDecide(OpCode op) => Rows[(byte)op]!.AfterDecide;
}
