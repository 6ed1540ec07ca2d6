using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// Everything the gateway shows Home Assistant, built from the same seams the REST API reads: one
/// <see cref="HaDevice"/> per meter and Bicom in the device directory, the gateway, and the automations.
/// Shared by both links; it remembers each meter's shape (by serial) so entities never flicker.
/// </summary>
public sealed class HaModel(
    GatewayIdentity identity, IDeviceDirectory directory, IMeasurementSource measurements, IBicomControl bicoms, IRuleEngine rules,
    CalendarClock calendar, GatewayHealth health, StatusReporter status, SettingsStore settings, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, MeterShape> _shapes = new(StringComparer.Ordinal);

    public GatewayIdentity Identity => identity;

    /// <summary>Whether <see cref="Devices"/> holds every device there is (each line identified once).</summary>
    public bool DevicesComplete => directory.Complete;

    public IReadOnlyList<HaDevice> Devices(HaTopics topics, int link)
    {
        var factory = new HaEntityFactory(topics, identity);
        GatewaySettings current = settings.Current;
        JsonObject gatewayDevice = factory.GatewayDevice(current.General.Description);
        var devices = new List<HaDevice>();
        var relays = bicoms.States().ToDictionary(b => b.Slot);
        foreach (DeviceSlot slot in directory.Slots)
        {
            if (slot.IsEmpty) continue;
            DevicePushSettings? push = current.Push.FirstOrDefault(p => p.Slot == slot.Slot);
            int seconds = push == null ? 0 : link == 1 ? push.Link1Interval : push.Link2Interval;
            TimeSpan? heartbeat = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
            if (slot.IsBicom)
            {
                devices.Add(BicomEntities.Build(factory, slot, relays.GetValueOrDefault(slot.Slot), heartbeat));
                continue;
            }
            DeviceMeasurements? m = measurements.Measurements(slot.Slot);
            DeviceCounters? c = measurements.Counters(slot.Slot);
            string key = HaEntityFactory.Key(slot);
            MeterShape? shape = m == null ? _shapes.GetValueOrDefault(key) : _shapes.AddOrUpdate(key, MeterShape.Of(m, c), (_, known) => known.Union(MeterShape.Of(m, c)));
            devices.Add(MeterEntities.Build(factory, slot, shape, m, c, heartbeat));
        }
        devices.Add(GatewayEntities.Build(factory, gatewayDevice, View(current)));
        devices.Add(AutomationEntities.Build(factory, gatewayDevice, rules.Preview(0, int.MaxValue)));
        return devices;
    }

    private GatewayView View(Settings.GatewaySettings current)
    {
        GatewayInputs inputs = measurements.GatewayInputs();
        return new GatewayView(calendar.Now(time.GetUtcNow()).ActiveTariff, GatewayEntities.FromCalendar(calendar.Calendar),
            current.Features.TemperatureInput, inputs.Temperature, current.Features.PulseCounter, inputs.PulseEnergy,
            status.Started, health.Flags);
    }
}
