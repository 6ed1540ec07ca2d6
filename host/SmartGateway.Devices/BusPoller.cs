using System.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>
/// Polls the devices of one bus by the planner's transactions and keeps <see cref="DeviceReadings"/> up
/// to date. A failed read makes its inputs Unknown at once (so within one cycle, well inside the three
/// the design allows). A device that fails two cycles in a row is offline: it publishes the manual's
/// error text once, is then probed with one short, unretried read every few cycles (backing off up to
/// <see cref="MaxBackoffCycles"/>), and so never stalls the other devices of the bus.
/// Each bus runs its own poller, so buses poll in parallel.
/// </summary>
public sealed class BusPoller
{
    public const int MaxBackoffCycles = 8;

    private readonly ModbusBus _bus;
    private readonly PolledDevice[] _devices;
    private readonly DeviceReadings _readings;
    private readonly DeviceHealth[] _health;
    private readonly PollBlock[][] _blocks;

    public BusPoller(ModbusBus bus, IEnumerable<PolledDevice> devices, DeviceReadings readings)
    {
        _bus = bus;
        _devices = [.. devices];
        _readings = readings;
        _health = new DeviceHealth[_devices.Length];
        for (int i = 0; i < _health.Length; i++) _health[i] = new DeviceHealth();
        var poll = new PollDevice[_devices.Length];
        for (int i = 0; i < poll.Length; i++) poll[i] = new PollDevice(_devices[i].Unit, _devices[i].Map, _devices[i].Wanted);
        Plan = PollPlanner.Plan(poll, bus.Transport.Timing);
        _blocks = new PollBlock[_devices.Length][];
        for (int i = 0; i < _devices.Length; i++) _blocks[i] = Plan.BlocksOf(i);
    }

    public PollPlan Plan { get; }

    /// <summary>Timeout of the one probe read sent to an offline device.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Raised with the manual's error text when a device goes offline.</summary>
    public event Action<string>? Error;

    public bool IsOffline(int device) => _health[device].Offline;

    /// <summary>Cycles run so far.</summary>
    public int CompletedCycles => _completedCycles;

    private int _completedCycles;

    public CycleReport RunCycle()
    {
        long start = Stopwatch.GetTimestamp();
        int transactions = 0;
        int failed = 0;
        for (int d = 0; d < _devices.Length; d++)
        {
            DeviceHealth h = _health[d];
            if (h.SkipCycles > 0)
            {
                h.SkipCycles--;
                continue;
            }
            int okBlocks = 0;
            PollBlock[] blocks = _blocks[d];
            for (int b = 0; b < blocks.Length; b++)
            {
                bool probe = h.Offline && b == 0;
                bool ok = ReadBlock(_devices[d], blocks[b], probe);
                transactions++;
                if (ok) okBlocks++;
                else failed++;
                if (probe && !ok)
                {
                    for (int rest = 1; rest < blocks.Length; rest++) Invalidate(_devices[d], blocks[rest]);
                    break;
                }
            }
            Update(d, blocks.Length == 0 || okBlocks > 0);
        }
        Interlocked.Increment(ref _completedCycles);
        return new CycleReport(transactions, failed, Stopwatch.GetElapsedTime(start), TimeSpan.FromMicroseconds(Plan.PredictedCycleMicros));
    }

    /// <summary>Polls until cancelled, one cycle every period (back to back when a cycle takes longer).</summary>
    public Task RunAsync(TimeSpan period, CancellationToken ct) => Task.Factory.StartNew(() =>
    {
        while (!ct.IsCancellationRequested)
        {
            CycleReport r = RunCycle();
            TimeSpan wait = period - r.Elapsed;
            if (wait > TimeSpan.Zero) ct.WaitHandle.WaitOne(wait);
        }
    }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private bool ReadBlock(PolledDevice device, PollBlock block, bool probe)
    {
        ModbusResult result;
        try
        {
            var request = ModbusRequest.Read(block.Unit, block.Function, block.Start, block.Count);
            result = probe ? _bus.Execute(request, ProbeTimeout, 0) : _bus.Execute(request);
        }
        catch (ModbusCommunicationException)
        {
            Invalidate(device, block);
            return false;
        }
        if (!result.Ok)
        {
            Invalidate(device, block);
            return false;
        }
        foreach (int m in block.Measurements)
        {
            string path = device.PathOf(m);
            if (BlockDecoder.Decode(device.Map.Measurements[m], result.Registers, block.Start, out long micro)) _readings.Set(path, micro);
            else _readings.Invalidate(path);
        }
        return true;
    }

    private void Invalidate(PolledDevice device, PollBlock block)
    {
        foreach (int m in block.Measurements) _readings.Invalidate(device.PathOf(m));
    }

    private void Update(int d, bool answered)
    {
        DeviceHealth h = _health[d];
        if (answered)
        {
            h.FailedCycles = 0;
            h.Offline = false;
            return;
        }
        h.FailedCycles++;
        if (h.FailedCycles >= 2 && !h.Offline)
        {
            h.Offline = true;
            Error?.Invoke(_devices[d].NotRespondingText);
        }
        if (h.Offline) h.SkipCycles = Math.Min(1 << Math.Min(h.FailedCycles - 2, 3), MaxBackoffCycles);
    }

    private sealed class DeviceHealth
    {
        public int FailedCycles;
        public bool Offline;
        public int SkipCycles;
    }
}
