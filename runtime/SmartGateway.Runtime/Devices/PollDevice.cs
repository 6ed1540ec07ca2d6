namespace SmartGateway.Runtime.Devices;

/// <summary>A device on a bus and the measurements (indices into its map) someone needs every cycle.</summary>
public sealed class PollDevice
{
    public byte Unit;
    public DeviceMap Map = new DeviceMap();
    public int[] Wanted = new int[0];

    public PollDevice(byte unit, DeviceMap map, int[] wanted)
    {
        Unit = unit;
        Map = map;
        Wanted = wanted;
    }
}
