namespace SmartGateway.Runtime.Bytecode;

/// <summary>Comparison operators of a condition. Values are part of the image format.</summary>
public enum CompareOp : byte
{
    Greater = 0,
    GreaterOrEqual = 1,
    Less = 2,
    LessOrEqual = 3,
    Equal = 4,
    NotEqual = 5,
}

public static class CompareOps
{
    public const int Count = 6;

    /// <summary>The ordering operators keep hysteresis state; == and != are stateless.</summary>
    public static bool HasState(CompareOp op) => op <= CompareOp.LessOrEqual;

    public static string Symbol(CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Greater: return ">";
            case CompareOp.GreaterOrEqual: return ">=";
            case CompareOp.Less: return "<";
            case CompareOp.LessOrEqual: return "<=";
            case CompareOp.Equal: return "==";
            default: return "!=";
        }
    }
}
