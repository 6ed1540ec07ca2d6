using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace SmartGateway.Host.Discovery;

/// <summary>The networks the gateway's interfaces are on (refreshed every minute). Discovery is a LAN broadcast:
/// a request from an address on none of them is spoofed or routed from afar, and goes unanswered.</summary>
public sealed class LocalNetworks(TimeProvider time)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, IReadOnlyList<IPNetwork> Networks) _cache = (DateTimeOffset.MinValue, []);

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        DateTimeOffset now = time.GetUtcNow();
        (DateTimeOffset At, IReadOnlyList<IPNetwork> Networks) cache = _cache;
        if (now - cache.At > Refresh)
        {
            cache = (now, Current());
            _cache = cache;
        }
        return cache.Networks.Any(n => n.Contains(address));
    }

    private static IReadOnlyList<IPNetwork> Current()
    {
        var networks = new List<IPNetwork>();
        foreach (NetworkInterface nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback) continue;
            // The responder listens on IPv4 only.
            foreach (UnicastIPAddressInformation? unicast in nic.GetIPProperties().UnicastAddresses.Where(u => u.Address.AddressFamily == AddressFamily.InterNetwork))
            {
                int prefix = unicast.PrefixLength;
                byte[] bytes = unicast.Address.GetAddressBytes();
                for (int bit = prefix; bit < bytes.Length * 8; bit++) bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
                networks.Add(new IPNetwork(new IPAddress(bytes), prefix));
            }
        }
        return networks;
    }
}
