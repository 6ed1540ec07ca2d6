using System.Text;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>A device found by a scan: its address, identification and the map that serves it (if any).</summary>
public sealed record ScannedDevice(byte Address, string Model, string Serial, DeviceMap? Map);

/// <summary>
/// "Scan for RS485 devices" (manual §4.1.2.4): probes each address at the bus's line settings with one
/// short read of the identification registers; whoever answers is reported with model and serial.
/// </summary>
public static class Rs485Scanner
{
    public static List<ScannedDevice> Scan(ModbusBus bus, IEnumerable<byte> addresses, IReadOnlyList<DeviceMap> maps, TimeSpan? timeout = null)
    {
        var found = new List<ScannedDevice>();
        foreach (byte address in addresses)
        {
            ModbusResult r;
            try
            {
                r = bus.Execute(ModbusRequest.Read(address, FunctionCode.ReadInputRegisters, 1, 12), timeout ?? TimeSpan.FromMilliseconds(100), 0);
            }
            catch (ModbusCommunicationException)
            {
                continue;
            }
            if (!r.Ok) continue;
            string model = Text(r.Registers, 0, 8);
            string serial = Text(r.Registers, 8, 4);
            found.Add(new ScannedDevice(address, model, serial, maps.FirstOrDefault(m => m.Serves(model))));
        }
        return found;
    }

    /// <summary>
    /// Sets a found device's communication parameters through its map's setting registers: baud,
    /// parity and stop bits first, the address last (after it the device answers at the new address).
    /// Throws <see cref="NotSupportedException"/> when the map does not say where a setting lives or
    /// the device does not offer the value; nothing is written then.
    /// </summary>
    public static void SetParameters(ModbusBus bus, ScannedDevice device, LineSettings settings, byte newAddress)
    {
        CommunicationSettings c = device.Map?.Communication
            ?? throw new NotSupportedException($"the map of {device.Model} does not say where its communication settings are");
        var writes = new List<(int Register, int Value)>
        {
            Setting(c.Baud, settings.Baud.ToString(System.Globalization.CultureInfo.InvariantCulture), "baud rate", device),
            Setting(c.Parity, settings.Parity, "parity", device),
            Setting(c.StopBits, settings.StopBits.ToString(System.Globalization.CultureInfo.InvariantCulture), "stop bits", device),
        };
        if (newAddress != device.Address)
        {
            if (c.AddressRegister < 0) throw new NotSupportedException($"the map of {device.Model} has no address register");
            if (newAddress < 1 || newAddress > 247) throw new ArgumentOutOfRangeException(nameof(newAddress), "a Modbus address is 1–247");
            writes.Add((c.AddressRegister, newAddress));
        }
        foreach ((int register, int value) in writes)
        {
            ModbusResult r = bus.Execute(ModbusRequest.WriteSingle(device.Address, register, value));
            if (!r.Ok) throw new ModbusCommunicationException($"unit {device.Address}: setting register {register} failed: {r}");
        }
    }

    private static (int, int) Setting(SettingRegister? setting, string value, string what, ScannedDevice device)
    {
        if (setting == null) throw new NotSupportedException($"the map of {device.Model} has no {what} register");
        int code = setting.CodeOf(value);
        if (code < 0) throw new NotSupportedException($"{device.Model} does not offer {what} {value}");
        return (setting.Register, code);
    }

    /// <summary>Two characters a register, high byte first; padding (spaces, NULs) trimmed.</summary>
    public static string Text(ushort[] registers, int offset, int words)
    {
        var sb = new StringBuilder(words * 2);
        for (int i = 0; i < words; i++)
        {
            sb.Append((char)(registers[offset + i] >> 8));
            sb.Append((char)(registers[offset + i] & 0xFF));
        }
        return sb.ToString().Trim(' ', '\0');
    }
}
