using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator;

/// <summary>
/// The devices behind one Modbus line and what they answer, with fault injection. Transport-free, so
/// the TCP and RTU servers, the host's demo mode and tests all drive the same logic in process.
/// </summary>
public sealed class SimulatedBus
{
    private readonly Dictionary<byte, SimulatedDevice> _devices = [];
    private readonly Dictionary<byte, FaultSettings> _faults = [];
    private readonly object _gate = new();
    private readonly Random _random;
    private readonly DateTime _started = DateTime.UtcNow;
    private DateTime _lastAdvance = DateTime.UtcNow;

    public SimulatedBus(int seed = 1) => _random = new Random(seed);

    /// <summary>Simulated seconds per real second (a demo site's accelerated time); 1 = real time.</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>When true the models stand still (tests compare reads with a fixed truth).</summary>
    public bool Frozen { get; set; }

    public IReadOnlyDictionary<byte, SimulatedDevice> Devices => _devices;

    public void Add(byte unit, SimulatedDevice device, FaultSettings? faults = null)
    {
        _devices[unit] = device;
        _faults[unit] = faults ?? new FaultSettings();
    }

    public FaultSettings FaultsOf(byte unit) => _faults[unit];

    /// <summary>The default line-up of the issue: IE38MD at 33, WM3M4C at 1 and 2, BI432 at 32.</summary>
    public static SimulatedBus CreateDefault(int seed = 1)
    {
        var bus = new SimulatedBus(seed);
        bus.Add(33, SimulatedModels.Create("IE38MD", "10006494"));
        bus.Add(1, SimulatedModels.Create("WM3M4C", "W4192432"));
        bus.Add(2, SimulatedModels.Create("WM3M4C", "W4170632"));
        bus.Add(32, SimulatedModels.Create("BI432", "BI001487"));
        return bus;
    }

    /// <summary>Answers one request PDU addressed to unit.</summary>
    public SimulatedReply Handle(byte unit, byte[] pdu, int offset, int length)
    {
        lock (_gate)
        {
            var reply = new SimulatedReply { Unit = unit, Pdu = new byte[256] };
            if (!_devices.TryGetValue(unit, out SimulatedDevice? device))
            {
                reply.Silent = true;
                return reply;
            }
            AdvanceClock();
            FaultSettings f = _faults[unit];
            if (f.Offline || IsFlappedOff(f) || Roll(f.NoReply))
            {
                reply.Silent = true;
                return reply;
            }
            reply.DelayMs = f.DelayMs;
            reply.Corrupt = Roll(f.Corrupt);
            if (Roll(f.WrongAddress)) reply.Unit = (byte)(unit == 247 ? 1 : unit + 1);
            var request = new ModbusRequest { Unit = unit };
            byte code = SlaveCodec.DecodeRequest(pdu, offset, length, request);
            if (code == ExceptionCode.None && Roll(f.Exception)) code = f.ExceptionCode;
            if (code == ExceptionCode.None) code = Execute(device, request, reply);
            if (code != ExceptionCode.None) reply.PduLength = SlaveCodec.EncodeException(pdu[offset], code, reply.Pdu, 0);
            return reply;
        }
    }

    private static byte Execute(SimulatedDevice device, ModbusRequest request, SimulatedReply reply)
    {
        if (FunctionCode.IsRead(request.Function))
        {
            if (!device.IsReadable(request.Function, request.Address, request.Count)) return ExceptionCode.IllegalDataAddress;
            lock (device.Input) reply.PduLength = SlaveCodec.EncodeReadReply(request.Function, device.Table(request.Function), request.Address, request.Count, reply.Pdu, 0);
            return ExceptionCode.None;
        }
        byte code = device.Write(request.Address, request.Values!);
        if (code == ExceptionCode.None) reply.PduLength = SlaveCodec.EncodeWriteReply(request, reply.Pdu, 0);
        return code;
    }

    private void AdvanceClock()
    {
        DateTime now = DateTime.UtcNow;
        double seconds = (now - _lastAdvance).TotalSeconds;
        _lastAdvance = now;
        if (Frozen || seconds <= 0) return;
        foreach (SimulatedDevice d in _devices.Values) d.Advance(seconds * TimeScale);
    }

    private bool IsFlappedOff(FaultSettings f)
    {
        if (f.FlapSeconds <= 0) return false;
        double t = (DateTime.UtcNow - _started).TotalSeconds;
        return ((long)(t / f.FlapSeconds) & 1) == 1;
    }

    private bool Roll(double probability) => probability > 0 && _random.NextDouble() < probability;
}
