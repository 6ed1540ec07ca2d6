namespace SmartGateway.Runtime.Devices;

/// <summary>The transactions of one bus cycle, in order, and the cycle time the wire-time formula predicts.</summary>
public sealed class PollPlan
{
    public PollBlock[] Blocks = new PollBlock[0];
    public long PredictedCycleMicros;

    /// <summary>Blocks of one device, in plan order.</summary>
    public PollBlock[] BlocksOf(int deviceIndex)
    {
        int n = 0;
        for (int i = 0; i < Blocks.Length; i++) if (Blocks[i].DeviceIndex == deviceIndex) n++;
        var result = new PollBlock[n];
        n = 0;
        for (int i = 0; i < Blocks.Length; i++) if (Blocks[i].DeviceIndex == deviceIndex) result[n++] = Blocks[i];
        return result;
    }
}
