namespace SmartGateway.Runtime.Devices;

/// <summary>Which energy flow a counter counts.</summary>
public static class CounterDirection
{
    public const byte Import = 0;
    public const byte Export = 1;
    public const byte Bidirectional = 2;
    public const byte Absolute = 3;

    public static string Name(byte direction)
    {
        switch (direction)
        {
            case Import: return "import";
            case Export: return "export";
            case Bidirectional: return "bidirectional";
            default: return "absolute";
        }
    }

    public static bool TryParse(string name, out byte direction)
    {
        for (byte d = 0; d <= Absolute; d++)
        {
            if (Name(d) == name)
            {
                direction = d;
                return true;
            }
        }
        direction = Import;
        return false;
    }
}
