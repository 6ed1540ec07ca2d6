namespace SmartGateway.Host.Gateway;

/// <summary>What the status page says of push/publish link 1 and 2: "Disabled", "Connected", "Connecting", "Error: …".</summary>
public interface ILinkStatus
{
    string Status(int link);
}
