namespace SmartGateway.Firmware.Devices;

/// <summary>
/// The rules/devices/*.json shape as nanoFramework.Json fills it (fields named like the JSON members).
/// Maps reach the device after sgc has checked them, so this is a plain reader, not a validator.
/// </summary>
public sealed class DeviceMapDocument
{
    public string model = "";
    public string[] matches = new string[0];
    public RangeDocument[] readable = new RangeDocument[0];
    public PointDocument[] measurements = new PointDocument[0];
    public PointDocument[] counters = new PointDocument[0];
    public BicomDocument bicom;
}

public sealed class RangeDocument
{
    public string table = "input";
    public int start;
    public int count;
}

/// <summary>A measurement, or a counter (then number/tariff/direction/resettable apply and path does not).</summary>
public sealed class PointDocument
{
    public string path = "";
    public string table = "input";
    public int register;
    public string type = "";
    public string word_order = "high_first";
    public int scale;
    public int exponent_register = -1;
    public string unit = "";
    public int number;
    public int tariff;
    public string direction = "import";
    public bool resettable;
}

public sealed class BicomDocument
{
    public int state_register;
    public int control_register;
    public int on = 1;
    public int off;
    public int toggle = -1;
}
