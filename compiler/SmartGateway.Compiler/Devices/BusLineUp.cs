using SmartGateway.Compiler.Binding;

namespace SmartGateway.Compiler.Devices;

/// <summary>The device line-up a bus setup describes: each device at its interface, a Bicom when its map has one.</summary>
public static class BusLineUp
{
    public static DeviceLineUp Of(IReadOnlyList<BusSetup> buses) =>
        new(buses.SelectMany(b => b.Devices).Select(d => new LineUpDevice(d.Interface, d.Map.Model, d.Map.Bicom != null)));
}
