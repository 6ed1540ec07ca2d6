using System.Net;

namespace SmartGateway.Host.Security;

/// <summary>Client addresses allowed something others are not (Modbus TCP writes while authentication is on):
/// entries are single addresses ("192.168.1.20", "fd00::5") or networks ("192.168.1.0/24").</summary>
public sealed class AddressAllowList
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    private AddressAllowList(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    public static AddressAllowList Empty { get; } = new([]);

    /// <summary>The list, or null with the first entry that is neither an address nor a network.</summary>
    public static AddressAllowList? Parse(IReadOnlyList<string> entries, out string? invalid)
    {
        var networks = new List<IPNetwork>();
        foreach (string entry in entries)
        {
            string text = entry.Trim();
            if (IPAddress.TryParse(text, out IPAddress? address) && !text.Contains('/', StringComparison.Ordinal))
                networks.Add(new IPNetwork(Normal(address), Normal(address).GetAddressBytes().Length * 8));
            else if (IPNetwork.TryParse(text, out IPNetwork network))
                networks.Add(network);
            else
            {
                invalid = entry;
                return null;
            }
        }
        invalid = null;
        return new AddressAllowList(networks);
    }

    public bool Contains(IPAddress? address) => address is not null && _networks.Any(n => n.Contains(Normal(address)));

    private static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
