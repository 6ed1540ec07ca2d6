using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Inputs;
using SmartGateway.Firmware.Time;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Firmware.Rules;

/// <summary>
/// One 1 s automation tick (manual §4.5: "executed 1 second after the previous execution"): poll the
/// devices, take one snapshot of every input, let the runtime's interpreter decide, then run the queued
/// actions. A new image is swapped in between ticks with a fresh interpreter (its state starts empty).
/// </summary>
public sealed class TickLoop
{
    public const int PeriodMillis = 1000;

    private readonly DeviceRegistry _devices;
    private readonly GatewayClock _clock;
    private readonly ActionRunner _actions;
    private readonly PulseInput _pulse;
    private readonly Pt1000Input _temperature;
    private readonly LocalInputs _gateway = new LocalInputs();
    private readonly object _swap = new object();
    private Interpreter _interpreter;
    private InputBinding _binding;
    private Snapshot _snapshot;

    public TickLoop(DeviceRegistry devices, GatewayClock clock, ActionRunner actions, PulseInput pulse, Pt1000Input temperature)
    {
        _devices = devices;
        _clock = clock;
        _actions = actions;
        _pulse = pulse;
        _temperature = temperature;
    }

    /// <summary>The running image, or null.</summary>
    public Image Image
    {
        get
        {
            lock (_swap) return _interpreter == null ? null : _interpreter.Image;
        }
    }

    /// <summary>Runs image (verified by the caller) from the next tick on; null stops automations.</summary>
    public int Swap(Image image)
    {
        lock (_swap)
        {
            if (image == null)
            {
                _interpreter = null;
                return 0;
            }
            var binding = new InputBinding(image, new SlotResolver(_devices.All));
            _devices.Replan();
            _interpreter = new Interpreter(image);
            _snapshot = _interpreter.NewSnapshot();
            _binding = binding;
            return binding.Unbound;
        }
    }

    public void Tick()
    {
        // Polling runs under the swap lock too: binding a new image may grow a slot's value arrays and the
        // poll plan, which must not change under a running poll.
        lock (_swap)
        {
            _devices.PollAll();
            ReadGatewayInputs();
            if (_interpreter == null) return;
            _binding.Fill(_snapshot, _gateway);
            _interpreter.Tick(_snapshot);
            _actions.Run(_interpreter.Image, _interpreter.Actions);
        }
    }

    private void ReadGatewayInputs()
    {
        long utc = GatewayClock.UtcSeconds();
        _gateway.TimeValid = GatewayClock.IsSet(utc);
        if (_gateway.TimeValid) _gateway.Local = _clock.Zone.ToLocal(utc);
        _gateway.TariffValid = _gateway.TimeValid && _clock.Tariffs != null;
        if (_gateway.TariffValid) _gateway.Tariff = _clock.Tariffs.TariffAtUtc(utc);
        _gateway.PulseValid = _pulse != null;
        if (_pulse != null) _gateway.PulseMicroWh = _pulse.EnergyMicroWh();
        long celsius = 0;
        _gateway.TemperatureValid = _temperature != null && _temperature.TryRead(out celsius);
        _gateway.TemperatureMicro = celsius;
    }
}
