using SmartGateway.Devices;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// One physical Modbus line (left IR, right IR, RS485 or a TCP meter) with the devices identified on it and
/// the <see cref="BusPoller"/> that reads them. The poller is rebuilt when the device list changes (a scan);
/// REST/MQTT requests share the bus, which serialises transactions.
/// </summary>
public sealed class DeviceLine : IDisposable
{
    private readonly Func<byte, string> _interfaceOf;
    private readonly DeviceCatalog _catalog;
    private readonly DeviceReadings _readings;
    private readonly object _pollLock = new();
    private IReadOnlyList<IdentifiedDevice> _devices = [];
    private byte[] _pending;
    private BusPoller? _poller;

    public DeviceLine(string name, ModbusBus bus, IEnumerable<byte> units, Func<byte, string> interfaceOf,
        DeviceCatalog catalog, DeviceReadings readings)
    {
        Name = name;
        Bus = bus;
        _pending = [.. units];
        _interfaceOf = interfaceOf;
        _catalog = catalog;
        _readings = readings;
    }

    /// <summary>"ir.left", "ir.right", "rs485" or "tcp HOST:PORT".</summary>
    public string Name { get; }

    public ModbusBus Bus { get; }

    /// <summary>An IR port: one device in front of it at most, often none ("Not Detected").</summary>
    public bool IsIr => Name is DeviceStack.LeftIr or DeviceStack.RightIr;

    public IReadOnlyList<IdentifiedDevice> Devices => Volatile.Read(ref _devices);

    /// <summary>Raised with the manual's text ("Left IR Energy meter not responding") when a device goes offline.</summary>
    public event Action<string>? DeviceNotResponding;

    /// <summary>Raised when the device list changes (identification, scan).</summary>
    public event Action? Changed;

    public bool AnyOffline
    {
        get
        {
            lock (_pollLock)
            {
                if (_poller == null) return false;
                for (int d = 0; d < PolledCount; d++)
                    if (_poller.IsOffline(d)) return true;
                return false;
            }
        }
    }

    public bool IsOffline(IdentifiedDevice device)
    {
        lock (_pollLock)
        {
            if (_poller == null || device.Polled == null) return false;
            int index = 0;
            foreach (IdentifiedDevice d in Devices)
            {
                if (d.Polled == null) continue;
                if (ReferenceEquals(d, device)) return _poller.IsOffline(index);
                index++;
            }
            return false;
        }
    }

    private int PolledCount => Devices.Count(d => d.Polled != null);

    /// <summary>Units configured on this line that have not answered their identification read.</summary>
    public IReadOnlyList<byte> Pending => Volatile.Read(ref _pending);

    /// <summary>Identifies the units that have not answered yet (all of them at start).</summary>
    public void IdentifyPending(TimeSpan? timeout = null, int? retries = null)
    {
        byte[] pending = Volatile.Read(ref _pending);
        if (pending.Length == 0) return;
        var found = new List<IdentifiedDevice>();
        var still = new List<byte>();
        foreach (byte unit in pending)
        {
            var device = IdentifiedDevice.Read(Bus, _interfaceOf(unit), unit, _catalog, timeout, retries);
            if (device == null) still.Add(unit);
            else found.Add(device);
        }
        Volatile.Write(ref _pending, [.. still]);
        if (found.Count > 0) SetDevices([.. Devices, .. found]);
    }

    /// <summary>Queues units that are neither devices of the line nor pending for identification.</summary>
    public void Add(IEnumerable<byte> units)
    {
        byte[] added = [.. units.Distinct()];
        while (true)
        {
            byte[] pending = Volatile.Read(ref _pending);
            byte[] next = [.. pending, .. added.Where(u => !pending.Contains(u) && !Devices.Any(d => d.Unit == u))];
            if (next.Length == pending.Length || Interlocked.CompareExchange(ref _pending, next, pending) == pending) return;
        }
    }

    /// <summary>Probes every address with one short read and makes whoever answers the line's devices.</summary>
    public List<ScannedDevice> Scan(IEnumerable<byte> addresses, TimeSpan timeout)
    {
        List<ScannedDevice> found = Rs485Scanner.Scan(Bus, addresses, _catalog.Maps, timeout);
        // A known device that missed its short probe (a busy line) gets one read at the normal timeout before it is dropped.
        foreach (IdentifiedDevice known in Devices)
        {
            if (found.Any(s => s.Address == known.Unit)) continue;
            if (IdentifiedDevice.Read(Bus, known.Interface, known.Unit, _catalog) is IdentifiedDevice still)
                found.Add(new ScannedDevice(still.Unit, still.Model, still.Serial, still.Map));
        }
        found.Sort((a, b) => a.Address.CompareTo(b.Address));
        var devices = new List<IdentifiedDevice>();
        var missing = new List<byte>();
        foreach (ScannedDevice s in found)
        {
            var device = IdentifiedDevice.Read(Bus, _interfaceOf(s.Address), s.Address, _catalog);
            if (device == null) missing.Add(s.Address);
            else devices.Add(device);
        }
        Volatile.Write(ref _pending, [.. missing]);
        SetDevices(devices);
        return found;
    }

    /// <summary>Replaces one device's entry (new description/location) without re-planning the poll.</summary>
    public void Replace(IdentifiedDevice old, IdentifiedDevice updated)
    {
        lock (_pollLock)
            Volatile.Write(ref _devices, [.. Devices.Select(d => ReferenceEquals(d, old) ? updated : d)]);
        Changed?.Invoke();
    }

    public CycleReport? RunCycle()
    {
        lock (_pollLock) return _poller?.RunCycle();
    }

    public void Dispose() => Bus.Dispose();

    private void SetDevices(List<IdentifiedDevice> devices)
    {
        devices.Sort((a, b) => a.Unit.CompareTo(b.Unit));
        lock (_pollLock)
        {
            // Inputs of devices no longer listed become Unknown rather than keep a stale value.
            foreach (IdentifiedDevice old in Devices)
                if (old.Polled is PolledDevice p && !devices.Any(d => d.Interface == old.Interface))
                    for (int m = 0; m < p.Map.Measurements.Length; m++) _readings.Invalidate(p.PathOf(m));
            Volatile.Write(ref _devices, devices);
            var polled = devices.Where(d => d.Polled != null).Select(d => d.Polled!).ToList();
            _poller = polled.Count == 0 ? null : new BusPoller(Bus, polled, _readings);
            if (_poller != null) _poller.Error += text => DeviceNotResponding?.Invoke(text);
        }
        Changed?.Invoke();
    }
}
