using System.Collections.Concurrent;

namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: Bicom relays whose state lives in memory (all start off). Replace with the Modbus
/// driver's Bicom control (branch `modbus`) when wiring.</summary>
public sealed class SimulatedBicomControl(IDeviceDirectory directory) : IBicomControl
{
    private readonly ConcurrentDictionary<int, bool> _on = new();

    public IReadOnlyList<BicomState> States()
    {
        var states = new List<BicomState>();
        foreach (var slot in directory.Slots)
            if (slot.IsBicom) states.Add(State(slot));
        return states;
    }

    public Task<BicomState> SwitchAsync(int slot, BicomCommand command, CancellationToken cancellationToken)
    {
        if (slot < 0 || slot >= DeviceSlot.Count || directory.Slots[slot] is not { IsBicom: true } device)
            throw new DeviceException($"slot {slot} holds no Bicom");
        _on.AddOrUpdate(slot, command != BicomCommand.Off,
            (_, on) => command switch { BicomCommand.On => true, BicomCommand.Off => false, _ => !on });
        return Task.FromResult(State(device));
    }

    private BicomState State(DeviceSlot slot) =>
        new(slot.Slot, slot.Interface, slot.Address, slot.Model, slot.Serial, _on.TryGetValue(slot.Slot, out var on) && on);
}
