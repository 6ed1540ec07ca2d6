using System.Collections.Concurrent;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: one in-memory register bank per configured device, seeded with the identification
/// registers of DEVICE-MAPS.md (input 1–8 model, 9–12 serial, 13 sw_ver·100; holding 101–140 description
/// and location). Replace with `ModbusBus` (branch `modbus`) when wiring.</summary>
public sealed class InMemoryModbusMaster(IDeviceDirectory directory, SettingsStore settings) : IModbusMaster
{
    private const int MaxRegisters = 125;
    private readonly ConcurrentDictionary<(int Address, RegisterTable Table), ushort[]> _banks = new();

    public Task<ushort[]> ReadAsync(int address, RegisterTable table, int register, int count, CancellationToken cancellationToken)
    {
        CheckRange(register, count);
        var bank = Bank(address, table);
        lock (bank) return Task.FromResult(bank.AsSpan(register, count).ToArray());
    }

    public Task WriteSingleAsync(int address, int register, ushort value, CancellationToken cancellationToken) =>
        WriteMultipleAsync(address, register, [value], cancellationToken);

    public Task WriteMultipleAsync(int address, int register, ushort[] values, CancellationToken cancellationToken)
    {
        CheckRange(register, values.Length);
        var bank = Bank(address, RegisterTable.Holding);
        lock (bank) values.CopyTo(bank, register);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DetectedDevice>> ScanRs485Async(CancellationToken cancellationToken)
    {
        var line = settings.Current.Rs485;
        var found = new List<DetectedDevice>();
        foreach (var slot in directory.Slots)
            if (slot.Slot >= 2 && !slot.IsEmpty && slot.Address is int address)
                found.Add(new DetectedDevice(address, slot.Model, slot.Serial, line.BaudRate, line.Parity, line.StopBits));
        return Task.FromResult<IReadOnlyList<DetectedDevice>>(found);
    }

    private static void CheckRange(int register, int count)
    {
        if (count is < 1 or > MaxRegisters) throw new DeviceException($"register count {count} is outside 1..{MaxRegisters}");
        if (register < 0 || register + count > 65536) throw new DeviceException($"registers {register}..{register + count - 1} are outside 0..65535");
    }

    private ushort[] Bank(int address, RegisterTable table)
    {
        var device = directory.ByAddress(address) ?? throw new DeviceException($"no device answers at Modbus address {address} (timeout)");
        return _banks.GetOrAdd((device.Slot, table), _ => Seed(device, table));
    }

    private static ushort[] Seed(DeviceSlot device, RegisterTable table)
    {
        var bank = new ushort[65536];
        if (table == RegisterTable.Input)
        {
            PutString(bank, 1, device.Model, 16);
            PutString(bank, 9, device.Serial, 8);
            bank[13] = decimal.TryParse(device.SwVer, System.Globalization.CultureInfo.InvariantCulture, out var version)
                ? (ushort)(version * 100) : (ushort)0;
        }
        else
        {
            PutString(bank, 101, device.Description, 40);
            PutString(bank, 121, device.Location, 40);
        }
        return bank;
    }

    /// <summary>Two characters a register, high byte first, padded with spaces (pyiskra strips spaces, not NULs).</summary>
    private static void PutString(ushort[] bank, int register, string text, int length)
    {
        var padded = text.PadRight(length)[..length];
        for (var n = 0; n < length / 2; n++)
            bank[register + n] = (ushort)((padded[2 * n] & 0xFF) << 8 | (padded[2 * n + 1] & 0xFF));
    }
}
