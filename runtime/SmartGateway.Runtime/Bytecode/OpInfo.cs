namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// One row per opcode: name, operand bytes and stack effect. Emitter, verifier and disassembler read
/// this table, so the three agree by construction. Names are data because nanoFramework's
/// Enum.ToString() prints the number (docs/NANO.md §1).
/// </summary>
public static class OpInfo
{
    public const int MaxOpCode = 0x0D;

    public static bool IsKnown(byte op) => op >= 0x01 && op <= MaxOpCode;

    public static string Name(OpCode op)
    {
        switch (op)
        {
            case OpCode.Load: return "LOAD";
            case OpCode.Add: return "ADD";
            case OpCode.Sub: return "SUB";
            case OpCode.Neg: return "NEG";
            case OpCode.Compare: return "CMP";
            case OpCode.For: return "FOR";
            case OpCode.And: return "AND";
            case OpCode.Or: return "OR";
            case OpCode.Not: return "NOT";
            case OpCode.Decide: return "DECIDE";
            case OpCode.JumpUnless: return "JUMP_UNLESS";
            case OpCode.Jump: return "JUMP";
            case OpCode.Act: return "ACT";
            default: return "?";
        }
    }

    /// <summary>Bytes of operands that follow the opcode byte.</summary>
    public static int OperandBytes(OpCode op)
    {
        switch (op)
        {
            case OpCode.Load: return 2;
            case OpCode.Compare: return 7;
            case OpCode.For: return 6;
            case OpCode.JumpUnless: return 3;
            case OpCode.Jump: return 2;
            case OpCode.Act: return 2;
            default: return 0;
        }
    }

    public static int Pops(OpCode op)
    {
        switch (op)
        {
            case OpCode.Add:
            case OpCode.Sub:
            case OpCode.And:
            case OpCode.Or:
                return 2;
            case OpCode.Neg:
            case OpCode.Compare:
            case OpCode.For:
            case OpCode.Not:
            case OpCode.Decide:
                return 1;
            default:
                return 0;
        }
    }

    public static int Pushes(OpCode op)
    {
        switch (op)
        {
            case OpCode.Load:
            case OpCode.Add:
            case OpCode.Sub:
            case OpCode.Neg:
            case OpCode.Compare:
            case OpCode.For:
            case OpCode.And:
            case OpCode.Or:
            case OpCode.Not:
                return 1;
            default:
                return 0;
        }
    }
}
