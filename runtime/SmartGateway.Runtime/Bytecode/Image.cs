namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// A decoded rule image. Made only by <see cref="ImageReader"/>, which checks its structure; run it
/// only after <see cref="Verify.Verifier"/> accepted it.
/// </summary>
public sealed class Image
{
    public byte[] Bytes = new byte[0];
    public uint Crc;
    public string[] Strings = new string[0];
    public long[] Constants = new long[0];
    /// <summary>Input paths in input-table order; a snapshot has one slot per entry.</summary>
    public string[] Inputs = new string[0];
    public ActionEntry[] Actions = new ActionEntry[0];
    public AutomationEntry[] Automations = new AutomationEntry[0];
    public byte[] Code = new byte[0];
    public int CodeOffset;
    public int HysteresisSlots;
    public int TimerSlots;
    public int MaxStack;
    public int MaxActions;

    /// <summary>Index of an input path in the input table, or -1.</summary>
    public int InputIndex(string path)
    {
        for (int i = 0; i < Inputs.Length; i++)
        {
            if (Inputs[i] == path) return i;
        }
        return -1;
    }
}
