namespace SmartGateway.Host.Api.Contracts;

/// <summary>POST /api/rs485/devices: the addresses to add ("Add device" sends one, "Add all devices" every scanned one).</summary>
public sealed record Rs485AddDevicesRequest(IReadOnlyList<int> Addresses);

/// <summary>The RS485 addresses the gateway keeps and the devices that answered at them.</summary>
public sealed record Rs485DevicesResponse(IReadOnlyList<int> Addresses, IReadOnlyList<Rs485DeviceEntry> Devices);

public sealed record Rs485DeviceEntry(int Address, string Model, string Serial);
