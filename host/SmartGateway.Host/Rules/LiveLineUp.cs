using SmartGateway.Compiler.Binding;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Rules;

/// <summary>
/// The device line-up the compiler checks action targets against: the devices the gateway has found right now, each
/// at the interface rules name it by (slot 0 = ir.left, slot 1 = ir.right, RS485 slots = rs485.A by Modbus address).
/// </summary>
public static class LiveLineUp
{
    public static DeviceLineUp Of(IReadOnlyList<DeviceSlot> slots) =>
        new(slots.Where(s => !s.IsEmpty && (s.Slot < 2 || s.Address != null)).Select(s => new LineUpDevice(InterfaceOf(s), s.Model, s.IsBicom)));

    private static string InterfaceOf(DeviceSlot s) => s.Slot switch
    {
        0 => "ir.left",
        DeviceSlot.RightIrSlot => "ir.right",
        _ => "rs485." + s.Address!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
