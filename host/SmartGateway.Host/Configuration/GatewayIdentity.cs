using System.Security.Cryptography;
using System.Text;

namespace SmartGateway.Host.Configuration;

/// <summary>What the gateway says it is: model, serial number and versions, resolved once at start.</summary>
public sealed record GatewayIdentity(string ModelType, string SerialNumber, string SwVer, string HwVer)
{
    public static GatewayIdentity From(GatewayOptions options)
    {
        string serial = options.SerialNumber.Trim();
        if (serial.Length == 0) serial = SerialFromMachineId();
        return new GatewayIdentity(options.ModelType.Trim(), serial, options.SwVer, options.HwVer);
    }

    /// <summary>"SG" plus six digits from a hash of the machine id: stable across restarts, unique per host.</summary>
    private static string SerialFromMachineId()
    {
        string id = File.Exists("/etc/machine-id") ? File.ReadAllText("/etc/machine-id").Trim() : Environment.MachineName;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        uint number = BitConverter.ToUInt32(hash, 0) % 1_000_000;
        return $"SG{number:D6}";
    }
}
