namespace SmartGateway.Firmware.Config;

/// <summary>One of the two MQTT links (manual §4.3: each device may publish to two brokers).</summary>
public sealed class MqttLinkConfig
{
    public bool enabled;
    public string host = "";
    public int port = 1883;
    public string user = "";
    public string password = "";

    /// <summary>$root topic; commands arrive on root/subscribe, answers go to root/status (§4.7).</summary>
    public string root = "sg";
    public string subscribe = "cmd";
    public string status = "status";

    /// <summary>Seconds between measurement/counter publications of every device (§4.3); 0 = none.</summary>
    public int publish_interval;
}
