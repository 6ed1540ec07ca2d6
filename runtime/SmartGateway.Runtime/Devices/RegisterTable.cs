namespace SmartGateway.Runtime.Devices;

/// <summary>Which register table a value lives in, named by the function code that reads it.</summary>
public static class RegisterTable
{
    public const byte Holding = 3;
    public const byte Input = 4;

    public static string Name(byte table) => table == Holding ? "holding" : "input";

    public static bool TryParse(string name, out byte table)
    {
        table = Input;
        if (name == "input") return true;
        if (name == "holding")
        {
            table = Holding;
            return true;
        }
        return false;
    }
}
