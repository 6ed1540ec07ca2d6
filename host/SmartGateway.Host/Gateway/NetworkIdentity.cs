using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace SmartGateway.Host.Gateway;

/// <summary>The host's main network interface as the status page and the discovery answer show it: the
/// first running, non-loopback interface with an IPv4 address.</summary>
public static class NetworkIdentity
{
    public static (string Ip, byte[] Mac) Current()
    {
        foreach (NetworkInterface nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.OperationalStatus != OperationalStatus.Up || nic.NetworkInterfaceType == NetworkInterfaceType.Loopback) continue;
            UnicastIPAddressInformation? ipv4 = nic.GetIPProperties().UnicastAddresses.FirstOrDefault(a => a.Address.AddressFamily == AddressFamily.InterNetwork);
            if (ipv4 is null) continue;
            byte[] mac = nic.GetPhysicalAddress().GetAddressBytes();
            return (ipv4.Address.ToString(), mac.Length == 6 ? mac : new byte[6]);
        }
        return ("", new byte[6]);
    }

    public static string MacText(byte[] mac) => string.Join(':', mac.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
}
