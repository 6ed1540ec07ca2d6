namespace SmartGateway.Runtime.Devices;

/// <summary>A run of registers the device answers for as a whole: a read may span any part of it.</summary>
public sealed class RegisterRange
{
    public byte Table;
    public int Start;
    public int Count;

    public RegisterRange(byte table, int start, int count)
    {
        Table = table;
        Start = start;
        Count = count;
    }

    public bool Contains(byte table, int first, int last) =>
        table == Table && first >= Start && last < Start + Count;
}
