using SmartGateway.Devices;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Stands in for the gateway's own inputs, which a Linux host does not have: the simulated site's PT1000
/// temperature and pulse-counter energy (in Wh). An input whose feature is off (features.temperature_input,
/// features.pulse_counter) is Unknown, so rules, REST, MQTT, Modbus TCP and the recorders all see it as such.
/// </summary>
public sealed class SimulatedGatewayInputs(ISimulatedSite site, DeviceReadings readings, SettingsStore settings)
{
    public const string Temperature = "temperature";
    public const string Pulse = "pulse";

    public void Update()
    {
        (double celsius, double wh) = site.GatewayInputs();
        FeatureSettings features = settings.Current.Features;
        if (features.TemperatureInput) readings.Set(Temperature, (long)Math.Round(celsius * 1_000_000));
        else readings.Invalidate(Temperature);
        if (features.PulseCounter) readings.Set(Pulse, (long)Math.Round(wh * 1_000_000));
        else readings.Invalidate(Pulse);
    }
}
