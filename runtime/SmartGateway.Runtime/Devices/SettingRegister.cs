namespace SmartGateway.Runtime.Devices;

/// <summary>
/// A holding register that stores one communication setting as a code: the code for each value the
/// setting may take ("115200" → 7, "even" → 1), in two parallel arrays.
/// </summary>
public sealed class SettingRegister
{
    public int Register;
    public string[] Values = new string[0];
    public int[] Codes = new int[0];

    /// <summary>The code of value, or -1 when the device does not offer it.</summary>
    public int CodeOf(string value)
    {
        for (int i = 0; i < Values.Length; i++)
        {
            if (Values[i] == value) return Codes[i];
        }
        return -1;
    }
}
