namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/devices: all 18 slots, empty ones with model "Disabled" (docs/SG-REST.md §4.2).</summary>
public sealed record DevicesResponse(IReadOnlyList<DeviceEntry> Devices);

public sealed record DeviceEntry(
    string Interface, int? Address, string Model, string Serial, string Description, string Location, string SwVer,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] SlotBicom? Bicom);

/// <summary>The Bicom relay in an RS485 slot whose metering entry says "Not Detected" (it is listed in /api/bicoms too).</summary>
public sealed record SlotBicom(string Model, string Serial, string SwVer);

/// <summary>POST /api/devices/{slot}: the user's description and location for a device.</summary>
public sealed record DeviceDescriptionRequest(string? Description, string? Location);

/// <summary>GET /api/rs485/scan-devices.</summary>
public sealed record Rs485ScanResponse(IReadOnlyList<ScannedDevice> Devices);

public sealed record ScannedDevice(string Model, string Serial, int Address, int BaudRate, string Parity, int StopBits);

/// <summary>POST /api/rs485/set-parameters: put a scanned device into an RS485 slot with its line parameters.</summary>
public sealed record Rs485SetParametersRequest(int Address, int Slot, int? BaudRate, string? Parity, int? StopBits);

/// <summary>The RS485 line parameters in force.</summary>
public sealed record Rs485LineResponse(int BaudRate, string Parity, int StopBits);
