namespace SmartGateway.Runtime.Devices;

/// <summary>One read transaction of a cycle and the measurements it delivers.</summary>
public sealed class PollBlock
{
    public int DeviceIndex;
    public byte Unit;

    /// <summary>The read's function code, which is also the table (3 holding, 4 input).</summary>
    public byte Function;

    public int Start;
    public int Count;

    /// <summary>Indices into the device map's measurements, all inside [Start, Start + Count).</summary>
    public int[] Measurements = new int[0];
}
