namespace SmartGateway.Runtime.Execution;

/// <summary>
/// The inputs of one tick, in the image's input-table order: a value in micro-units and whether it
/// is valid. Taken once at the start of a tick; every automation of that tick reads the same one.
/// </summary>
public sealed class Snapshot
{
    public Snapshot(int inputs)
    {
        Values = new long[inputs];
        Valid = new bool[inputs];
    }

    public long[] Values { get; }
    public bool[] Valid { get; }

    public int Count => Values.Length;

    public void Set(int input, long value)
    {
        Values[input] = value;
        Valid[input] = true;
    }

    public void SetInvalid(int input)
    {
        Values[input] = 0;
        Valid[input] = false;
    }

    public void Clear()
    {
        for (int i = 0; i < Values.Length; i++)
        {
            Values[i] = 0;
            Valid[i] = false;
        }
    }
}
