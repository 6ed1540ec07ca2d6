namespace SmartGateway.Host.Gateway;

public enum BicomCommand { On, Off, Toggle }

/// <summary>A Bicom relay and its last known state (null = never read or not answering).</summary>
public sealed record BicomState(int Slot, string Interface, int? Address, string Model, string Serial, bool? On);

/// <summary>Switches the bistable relays on the right IR port and RS485.</summary>
/// <remarks>Implemented by <see cref="Devices.BusBicomControl"/> over the device lines. Rule actions name a Bicom by
/// interface path ("ir.right", "rs485.32"): <see cref="DeviceLookup.ByInterfacePath"/> gives its slot.</remarks>
public interface IBicomControl
{
    IReadOnlyList<BicomState> States();

    /// <summary>Throws <see cref="DeviceException"/> when the slot holds no Bicom or it does not answer.</summary>
    Task<BicomState> SwitchAsync(int slot, BicomCommand command, CancellationToken cancellationToken);
}
