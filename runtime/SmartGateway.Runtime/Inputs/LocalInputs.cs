using SmartGateway.Runtime.Time;

namespace SmartGateway.Runtime.Inputs;

/// <summary>
/// The gateway's own inputs at the start of a tick: local time, active tariff, PT1000 temperature and pulse
/// energy, each with its validity. Filled by the tick (firmware or host), read by <see cref="InputBinding"/>.
/// </summary>
public sealed class LocalInputs
{
    public bool TimeValid;
    public LocalTime Local;

    public bool TariffValid;
    public int Tariff;

    public bool TemperatureValid;

    /// <summary>°C in micro-units.</summary>
    public long TemperatureMicro;

    public bool PulseValid;

    /// <summary>Wh in micro-units.</summary>
    public long PulseMicroWh;
}
