using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>One device of a bus setup: its Modbus address, the interface rules name it by, and its map.</summary>
public sealed record BusDevice(byte Address, string Interface, DeviceMap Map, SourceSpan Span);

/// <summary>
/// One bus of a gateway (ir.left, ir.right, rs485 or a Modbus TCP link), its line timing and the devices on it,
/// as a buses file (rules/devices/README.md) describes them.
/// </summary>
public sealed record BusSetup(string Name, BusTiming Timing, IReadOnlyList<BusDevice> Devices, SourceSpan Span);
