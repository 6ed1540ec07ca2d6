using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api: pyiskra reads <c>device.model_type</c> and <c>device.serial_number</c>; the status
/// page's other fields (§4.1.1) ride along in <c>status</c>, which pyiskra ignores.</summary>
public sealed record GatewayResponse(GatewayDevice Device, GatewayStatus Status);

public sealed record GatewayDevice(
    string ModelType, string SerialNumber, string SwVer, string HwVer, string FsVer, string Description, string Location);

public sealed record GatewayStatus(
    string ConnectionMode,
    string IpAddress,
    string MacAddress,
    string AppStatus,
    string UpgradeStatus,
    string Link1Status,
    string Link2Status,
    string SettingsCrc,
    long FreeMemory,
    string ErrorFlags,
    int? ActiveTariff,
    string Uptime,
    long UptimeSeconds,
    string LocalTime,
    string TimeZone,
    double? Temperature,
    double? PulseEnergy,
    bool Blinking,
    TickReport Tick);

public sealed record BlinkResponse(bool Blinking, int Seconds);

public sealed record WifiScanResponse(bool Available, IReadOnlyList<string> Networks);

public sealed record LoginRequest(string Username, string Password);

public sealed record LoginResponse(bool Authorised);
