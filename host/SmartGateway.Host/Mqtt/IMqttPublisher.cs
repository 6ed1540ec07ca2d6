namespace SmartGateway.Host.Mqtt;

/// <summary>What automation actions call: publish a message to <c>{root}/{publish}/{subtopic}</c> on link 1 or 2.</summary>
public interface IMqttPublisher
{
    /// <summary>False when that link is not an MQTT link or is not connected (the message is dropped).</summary>
    Task<bool> PublishAsync(int link, string subtopic, string message, CancellationToken cancellationToken);
}
