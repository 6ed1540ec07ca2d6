using System.Net;
using System.Net.Sockets;

namespace SmartGateway.Host.Security;

/// <summary>The key a client is throttled by: its IPv4 address, or the /64 prefix of an IPv6 one (one host
/// owns a whole /64 and can rotate through it at will).</summary>
public static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        byte[] bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public static string Key(HttpContext context) => Key(context.Connection.RemoteIpAddress);
}
