using System.Globalization;
using System.Text;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway;

/// <summary>Builds the status page (§4.1.1) — shared by GET /api and the MQTT hello/status replies.</summary>
public sealed class StatusReporter(
    GatewayIdentity identity, SettingsStore settings, GatewayHealth health, ILinkStatus links,
    ITariffClock clock, IMeasurementSource measurements, TickStatistics ticks, TimeProvider time)
{
    private readonly DateTimeOffset _started = time.GetUtcNow();

    /// <summary>When the gateway started: uptime counts from here.</summary>
    public DateTimeOffset Started => _started;

    public GatewayDevice Device()
    {
        GeneralSettings general = settings.Current.General;
        return new GatewayDevice(identity.ModelType, identity.SerialNumber, identity.SwVer, identity.HwVer,
            identity.SwVer, general.Description, general.Location);
    }

    public GatewayStatus Status()
    {
        DateTimeOffset now = time.GetUtcNow();
        TimeSpan uptime = now - _started;
        TariffNow tariff = clock.Now(now);
        GatewayInputs inputs = measurements.GatewayInputs();
        // Over the public document: a CRC over secrets would let anyone brute-force them offline.
        ushort crc = Crc16.Compute(Encoding.UTF8.GetBytes(Settings.SettingsPatch.ToPublic(settings.Current).ToJsonString()));
        GCMemoryInfo memory = GC.GetGCMemoryInfo();
        (string? ip, byte[]? mac) = NetworkIdentity.Current();
        return new GatewayStatus(
            ConnectionMode: "Ethernet",
            IpAddress: ip,
            MacAddress: NetworkIdentity.MacText(mac),
            AppStatus: "Normal",
            UpgradeStatus: "OK",
            Link1Status: links.Status(1),
            Link2Status: links.Status(2),
            SettingsCrc: $"0x{crc:X4}",
            FreeMemory: Math.Max(0, memory.TotalAvailableMemoryBytes - memory.HeapSizeBytes),
            ErrorFlags: $"0x{(int)health.Flags:X8}",
            ActiveTariff: tariff.ActiveTariff,
            Uptime: string.Create(CultureInfo.InvariantCulture, $"{uptime.Days}d {uptime.Hours:D2}:{uptime.Minutes:D2}:{uptime.Seconds:D2}"),
            UptimeSeconds: (long)uptime.TotalSeconds,
            LocalTime: tariff.LocalTime.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            TimeZone: tariff.TimeZone,
            Temperature: inputs.Temperature,
            PulseEnergy: inputs.PulseEnergy,
            Blinking: health.Blinking,
            Tick: ticks.Report());
    }
}
