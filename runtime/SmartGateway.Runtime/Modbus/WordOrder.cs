namespace SmartGateway.Runtime.Modbus;

/// <summary>Order of the two registers of a 32-bit value. Iskra and docs/FORMATS.md default to high word first.</summary>
public static class WordOrder
{
    public const byte HighFirst = 0;
    public const byte LowFirst = 1;

    public static string Name(byte order) => order == LowFirst ? "low_first" : "high_first";

    public static bool TryParse(string name, out byte order)
    {
        order = HighFirst;
        if (name == "high_first") return true;
        if (name == "low_first")
        {
            order = LowFirst;
            return true;
        }
        return false;
    }
}
