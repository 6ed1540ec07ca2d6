using SmartGateway.Devices;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Stands in for the gateway's own inputs, which a Linux host does not have: the PT1000 temperature drifts
/// slowly around 21.5 °C and the pulse counter's energy grows as a 1.2 kW load would (in Wh). An input whose feature
/// is off (features.temperature_input, features.pulse_counter) is Unknown, so rules, REST, MQTT, Modbus TCP and the
/// recorders all see it as such.
/// </summary>
public sealed class SimulatedGatewayInputs(DeviceReadings readings, SettingsStore settings)
{
    public const string Temperature = "temperature";
    public const string Pulse = "pulse";
    private const double StartEnergyWh = 1000;
    private const double LoadW = 1200;
    private readonly DateTime _start = DateTime.UtcNow;

    public void Update()
    {
        double seconds = (DateTime.UtcNow - _start).TotalSeconds;
        double celsius = 21.5 + 0.5 * Math.Sin(seconds / 600);
        double wh = StartEnergyWh + LoadW * seconds / 3600;
        var features = settings.Current.Features;
        if (features.TemperatureInput) readings.Set(Temperature, (long)Math.Round(celsius * 1_000_000));
        else readings.Invalidate(Temperature);
        if (features.PulseCounter) readings.Set(Pulse, (long)Math.Round(wh * 1_000_000));
        else readings.Invalidate(Pulse);
    }
}
