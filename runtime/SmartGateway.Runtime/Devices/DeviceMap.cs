namespace SmartGateway.Runtime.Devices;

/// <summary>
/// Everything the runtime knows of one device model: how it identifies itself, its measurements and
/// counters, Bicom registers, writable registers, and which register runs may be read in one go.
/// Built by the compiler's device-map front end (or by hand in firmware) and never changed after.
/// </summary>
public sealed class DeviceMap
{
    public string Model = "";

    /// <summary>Model prefixes this map serves ("WM3M4", "IE38"), matched against the identification string.</summary>
    public string[] Matches = new string[0];

    /// <summary>Identification strings: input registers, two ASCII characters each, high byte first.</summary>
    public int ModelRegister = 1;
    public int ModelWords = 8;
    public int SerialRegister = 9;
    public int SerialWords = 4;

    public Measurement[] Measurements = new Measurement[0];
    public Counter[] Counters = new Counter[0];
    public BicomControl? Bicom;
    public WritableRegister[] Writable = new WritableRegister[0];
    public RegisterRange[] Readable = new RegisterRange[0];

    /// <summary>Where the RS485 settings are, or null when the map does not know.</summary>
    public CommunicationSettings? Communication;

    /// <summary>Index of the measurement with this path ("P" and "P.total" are the same), or -1.</summary>
    public int IndexOf(string path)
    {
        string canonical = path;
        if (path.Length > 6 && path.Substring(path.Length - 6) == ".total") canonical = path.Substring(0, path.Length - 6);
        for (int i = 0; i < Measurements.Length; i++)
        {
            if (Measurements[i].Path == canonical) return i;
        }
        return -1;
    }

    /// <summary>True when every register first..last of the table lies in one readable run.</summary>
    public bool IsReadable(byte table, int first, int last)
    {
        for (int i = 0; i < Readable.Length; i++)
        {
            if (Readable[i].Contains(table, first, last)) return true;
        }
        return false;
    }

    /// <summary>True when the identification model string starts with one of <see cref="Matches"/>.</summary>
    public bool Serves(string model)
    {
        for (int i = 0; i < Matches.Length; i++)
        {
            string m = Matches[i];
            if (model.Length >= m.Length && model.Substring(0, m.Length) == m) return true;
        }
        return false;
    }
}
