using SmartGateway.Firmware.Config;

namespace SmartGateway.Firmware.Mqtt;

/// <summary>The gateway's MQTT links (up to two) addressed by number, with fan-out for status and errors.</summary>
public sealed class MqttLinks
{
    private readonly MqttLink[] _links;

    public MqttLinks(MqttLinkConfig[] configs, string serialNumber, MqttCommandHandler handler)
    {
        int n = configs.Length < 2 ? configs.Length : 2;
        _links = new MqttLink[n];
        for (int i = 0; i < n; i++) _links[i] = new MqttLink(i + 1, configs[i], serialNumber, handler);
    }

    /// <summary>Link 1 or 2, or null when it is not configured.</summary>
    public MqttLink Link(int number) => number >= 1 && number <= _links.Length ? _links[number - 1] : null;

    public void EnsureConnected()
    {
        for (int i = 0; i < _links.Length; i++) _links[i].EnsureConnected();
    }

    /// <summary>§4.7.2 device/error on every connected link.</summary>
    public void PublishError(string message)
    {
        for (int i = 0; i < _links.Length; i++) _links[i].PublishError(message);
    }

    public void PublishHello(string payload)
    {
        for (int i = 0; i < _links.Length; i++) _links[i].PublishHello(payload);
    }
}
