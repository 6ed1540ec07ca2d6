using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Push;

/// <summary>One push/publish link (§4.1.2.2), MQTT or Standard TCP.</summary>
public interface IPushLink
{
    LinkSettings Settings { get; }

    /// <summary>What the status page shows: "Connected", "Connecting", "Error: …".</summary>
    string Status { get; }

    /// <summary>Runs until cancelled; failures are retried with back-off, never thrown.</summary>
    Task RunAsync(CancellationToken cancellationToken);

    /// <summary>An automation's MQTT action; false when the link cannot carry it.</summary>
    Task<bool> PublishAsync(string subtopic, string payload, bool retain, CancellationToken cancellationToken);
}
