using System;
using System.Device.Gpio;
using System.IO;
using SmartGateway.Firmware.Storage;
using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Firmware.Inputs;

/// <summary>
/// The S0 pulse input counted by the ESP32's hardware pulse counter, as energy through the runtime's
/// <see cref="PulseEnergy"/> (integer micro-Wh). The total survives restarts: it is persisted every few
/// minutes and the counter's count since boot is added to the stored base.
/// </summary>
public sealed class PulseInput
{
    private const long PersistEveryMillis = 300000;

    private readonly GpioPulseCounter _counter;
    private readonly long _pulsesPerKwh;
    private readonly long _basePulses;
    private long _nextPersist;

    public PulseInput(int pin, int pulsesPerKwh)
    {
        _pulsesPerKwh = pulsesPerKwh > 0 ? pulsesPerKwh : 1000;
        _basePulses = LoadBase();
        _counter = new GpioPulseCounter(pin);
        _counter.Polarity = GpioPulsePolarity.Falling;
        // Glitch filter: 1023 APB cycles ≈ 12.8 µs; S0 pulses last ≥ 30 ms.
        _counter.FilterPulses = 1023;
        _counter.Start();
        _nextPersist = Environment.TickCount64 + PersistEveryMillis;
    }

    public long Pulses => _basePulses + _counter.Read().Count;

    /// <summary>Energy in micro-Wh: pulses · 10^9 / (imp/kWh).</summary>
    public long EnergyMicroWh()
    {
        long pulses = Pulses;
        PersistIfDue(pulses);
        return PulseEnergy.ToMicroWh(pulses, _pulsesPerKwh);
    }

    private void PersistIfDue(long pulses)
    {
        long now = Environment.TickCount64;
        if (now < _nextPersist) return;
        _nextPersist = now + PersistEveryMillis;
        File.WriteAllText(FlashPaths.PulseTotal, pulses.ToString());
    }

    private static long LoadBase()
    {
        if (!File.Exists(FlashPaths.PulseTotal)) return 0;
        long value;
        return long.TryParse(File.ReadAllText(FlashPaths.PulseTotal).Trim(), out value) && value >= 0 ? value : 0;
    }
}
