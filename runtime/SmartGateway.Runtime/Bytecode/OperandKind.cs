namespace SmartGateway.Runtime.Bytecode;

/// <summary>What an instruction takes from and leaves on the stack: a number (a sum) or a truth value.</summary>
public enum OperandKind : byte
{
    None = 0,
    Value = 1,
    Truth = 2,
}
