namespace SmartGateway.Host.Gateway;

public enum BicomCommand { On, Off, Toggle }

/// <summary>A Bicom relay and its last known state (null = never read or not answering).</summary>
public sealed record BicomState(int Slot, string Interface, int? Address, string Model, string Serial, bool? On);

/// <summary>Switches the bistable relays on the right IR port and RS485.</summary>
/// <remarks>Seam: the Modbus driver (branch `modbus`) implements this with real writes; until then
/// <see cref="Interim.SimulatedBicomControl"/> keeps the state in memory.</remarks>
public interface IBicomControl
{
    IReadOnlyList<BicomState> States();

    /// <summary>Throws <see cref="DeviceException"/> when the slot holds no Bicom or it does not answer.</summary>
    Task<BicomState> SwitchAsync(int slot, BicomCommand command, CancellationToken cancellationToken);
}
