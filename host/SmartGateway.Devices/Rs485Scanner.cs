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
