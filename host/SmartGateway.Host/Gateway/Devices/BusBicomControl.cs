using SmartGateway.Devices;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Switches Bicom relays over their line with <see cref="DeviceActions.Switch"/>; the state shown is the relay's
/// state register as the poller last read it ("IF.state"), updated at once after a switch.
/// </summary>
public sealed class BusBicomControl(PolledDeviceDirectory directory, DeviceReadings readings) : IBicomControl
{
    public IReadOnlyList<BicomState> States()
    {
        var states = new List<BicomState>();
        foreach (DeviceSlot slot in directory.Slots)
            if (directory.DeviceIn(slot.Slot) is var (_, device) && device.IsBicom) states.Add(State(slot, device));
        return states;
    }

    public Task<BicomState> SwitchAsync(int slot, BicomCommand command, CancellationToken cancellationToken)
    {
        if (directory.DeviceIn(slot) is not var (line, device) || !device.IsBicom)
            throw new DeviceException($"slot {slot} holds no Bicom");
        return Task.Run(() =>
        {
            BicomFunction function = command switch
            {
                BicomCommand.On => BicomFunction.On,
                BicomCommand.Off => BicomFunction.Off,
                _ => BicomFunction.Toggle,
            };
            ModbusResult result;
            try
            {
                result = DeviceActions.Switch(line.Bus, device.Unit, device.Map!.Bicom!, function);
                if (result.Ok) Refresh(line, device);
            }
            catch (ModbusCommunicationException exception)
            {
                throw new DeviceException(exception.Message);
            }
            if (!result.Ok) throw new DeviceException($"{directory.Slots[slot].Interface} ({device.Model}) did not switch: {result}");
            return State(directory.Slots[slot], device);
        }, cancellationToken);
    }

    /// <summary>Reads the state register again so the answer shows the relay as it now is.</summary>
    private void Refresh(DeviceLine line, IdentifiedDevice device)
    {
        ModbusResult state = line.Bus.Execute(Runtime.Modbus.ModbusRequest.Read(device.Unit,
            Runtime.Modbus.FunctionCode.ReadHoldingRegisters, device.Map!.Bicom!.StateRegister, 1));
        string path = device.Interface + "." + PolledDevice.StatePath;
        if (state.Ok) readings.Set(path, state.Registers[0] == device.Map.Bicom.OnValue ? 1_000_000 : 0);
        else readings.Invalidate(path);
    }

    private BicomState State(DeviceSlot slot, IdentifiedDevice device)
    {
        DeviceReading r = readings.Get(device.Interface + "." + PolledDevice.StatePath);
        bool? on = r.Valid ? r.Value == device.Map!.Bicom!.OnValue * 1_000_000L : null;
        return new BicomState(slot.Slot, slot.Interface, slot.Address, slot.Model, slot.Serial, on);
    }
}
