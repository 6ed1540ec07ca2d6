namespace SmartGateway.Devices;

/// <summary>
/// Devices that stand in for a site with nothing wired to the gateway: what answers on a line whose port is left
/// empty, the gateway's own inputs (a Linux host has no PT1000 or pulse input) and the test hook that holds a
/// meter at a given power. The host names only this seam; the simulator assembly implements it and is loaded only
/// when configured (Gateway:Simulator:Enabled, docs/ARCHITECTURE.md), so the production host runs without it.
/// </summary>
/// <remarks>An implementation has a public parameterless constructor; the host creates it by reflection.</remarks>
public interface ISimulatedSite : IAsyncDisposable
{
    /// <summary>
    /// Called once, before any line is opened: simulated seconds per real second (1 = real time; more on request,
    /// never by default) and the seed of the site's waveforms (the same seed repeats a run).
    /// </summary>
    void Configure(double timeScale, int seed);

    /// <summary>The gateway's time zone (a POSIX TZ rule from its settings): the site's local day follows it.</summary>
    void SetTimeZone(string posixRule);

    /// <summary>
    /// A transport to the simulated devices behind a line ("ir.left", "ir.right", "rs485"), or null when the site
    /// has none there. An IR port's device answers at irUnit.
    /// </summary>
    IModbusTransport? Open(string line, byte irUnit);

    /// <summary>The units on a line opened before that identify themselves (Iskra's identification block), in address order.</summary>
    IReadOnlyList<byte> Units(string line);

    /// <summary>The gateway's own inputs now: PT1000 temperature in °C and pulse-counter energy in Wh.</summary>
    (double Celsius, double PulseWh) GatewayInputs();

    /// <summary>
    /// Holds the meter at unit on line at a total active power in W (null returns it to its built-in waveform);
    /// false when no simulated meter is there.
    /// </summary>
    bool HoldActivePower(string line, byte unit, double? watts);
}
