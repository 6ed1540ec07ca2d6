using System.Text;

namespace SmartGateway.Host.Discovery;

/// <summary>The UDP discovery exchange of Iskra's tools (docs/DEVICE-MAPS.md, last section): the request is
/// <c>00 00 00 1a</c>; the 137-byte answer has byte 3 = <c>1b</c>, SSID at 8–19, MAC at 20–25, the Modbus TCP
/// flag at 26, model at 28–41, serial at 43–50, sw_ver·100 at 52, hw_ver at 54, description at 55–93,
/// location at 95–133 and the Modbus address at 136. Strings are UTF-8, NUL-padded, cut on a character boundary.</summary>
public static class DiscoveryPacket
{
    public const int Length = 137;
    public static ReadOnlySpan<byte> Request => [0x00, 0x00, 0x00, 0x1a];

    public sealed record Fields(
        string Ssid, byte[] Mac, bool ModbusTcp, string Model, string Serial, string SwVer, string HwVer,
        string Description, string Location, int ModbusAddress);

    public static bool IsRequest(ReadOnlySpan<byte> datagram) => datagram.SequenceEqual(Request);

    public static byte[] Answer(Fields fields)
    {
        byte[] packet = new byte[Length];
        packet[3] = 0x1b;
        Put(packet, 8, 12, fields.Ssid);
        fields.Mac.AsSpan(0, Math.Min(6, fields.Mac.Length)).CopyTo(packet.AsSpan(20));
        packet[26] = fields.ModbusTcp ? (byte)1 : (byte)0;
        Put(packet, 28, 14, fields.Model);
        Put(packet, 43, 8, fields.Serial);
        packet[52] = decimal.TryParse(fields.SwVer, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out decimal version)
            ? (byte)Math.Clamp(version * 100, 0, 255) : (byte)0;
        packet[54] = fields.HwVer.Length > 0 && fields.HwVer[0] < 128 ? (byte)fields.HwVer[0] : (byte)'?';
        Put(packet, 55, 39, fields.Description);
        Put(packet, 95, 39, fields.Location);
        packet[136] = (byte)Math.Clamp(fields.ModbusAddress, 0, 255);
        return packet;
    }

    private static void Put(byte[] packet, int offset, int length, string text)
    {
        int used = 0;
        Span<byte> buffer = stackalloc byte[4];
        foreach (Rune rune in text.EnumerateRunes())
        {
            int size = rune.EncodeToUtf8(buffer);
            if (used + size > length) break;
            buffer[..size].CopyTo(packet.AsSpan(offset + used));
            used += size;
        }
    }
}
