using System;
using System.Text;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using SmartGateway.Firmware.Config;

namespace SmartGateway.Firmware.Mqtt;

/// <summary>A command payload received on a link's subscribe topic.</summary>
public delegate void MqttCommandHandler(MqttLink link, string payload);

/// <summary>
/// One MQTT link (M2Mqtt, MQTT 3.1.1): connects, subscribes to $root/$subscribe for the §4.7 commands,
/// publishes rule actions to $root/subtopic, answers to $root/$status and errors to $root/device/error.
/// Reconnects from the tick loop; a link that is down drops publishes rather than blocking the tick.
/// </summary>
public sealed class MqttLink
{
    private readonly MqttLinkConfig _config;
    private readonly string _clientId;
    private readonly MqttCommandHandler _handler;
    private MqttClient _client;
    private long _nextAttemptMillis;

    public MqttLink(int number, MqttLinkConfig config, string serialNumber, MqttCommandHandler handler)
    {
        Number = number;
        _config = config;
        _clientId = serialNumber + "-" + number.ToString();
        _handler = handler;
    }

    /// <summary>1 or 2, as rule actions name links.</summary>
    public int Number { get; }

    public bool IsConnected => _client != null && _client.IsConnected;

    private long _nextPublishMillis;

    /// <summary>True once per publish_interval while connected (the caller then publishes every device).</summary>
    public bool PublishDue(long nowMillis)
    {
        if (_config.publish_interval <= 0 || !IsConnected || nowMillis < _nextPublishMillis) return false;
        _nextPublishMillis = nowMillis + (long)_config.publish_interval * 1000;
        return true;
    }

    /// <summary>Connects if down and the back-off has passed; returns whether the link is up.</summary>
    public bool EnsureConnected()
    {
        if (!_config.enabled) return false;
        if (IsConnected) return true;
        long now = Environment.TickCount64;
        if (now < _nextAttemptMillis) return false;
        _nextAttemptMillis = now + 10000;
        try
        {
            var client = new MqttClient(_config.host, _config.port, false, null, null, MqttSslProtocols.None);
            client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
            MqttReasonCode code = _config.user.Length > 0
                ? client.Connect(_clientId, _config.user, _config.password)
                : client.Connect(_clientId);
            if (code != MqttReasonCode.Success) return false;
            client.MqttMsgPublishReceived += OnMessage;
            client.Subscribe(new string[] { Topic(_config.subscribe) }, new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce });
            _client = client;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Publishes text to $root/subtopic; false when the link is down or the queue is full.</summary>
    public bool Publish(string subtopic, string payload)
    {
        if (!IsConnected) return false;
        try
        {
            _client.Publish(Topic(subtopic), Encoding.UTF8.GetBytes(payload), null, null, MqttQoSLevel.AtLeastOnce, false);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public bool PublishStatus(string payload) => Publish(_config.status, payload);

    public bool PublishError(string message) => Publish("device/error", message);

    public bool PublishHello(string payload) => Publish("device/status/hello", payload);

    private string Topic(string subtopic) => _config.root.Length == 0 ? subtopic : _config.root + "/" + subtopic;

    private void OnMessage(object sender, MqttMsgPublishEventArgs e)
    {
        byte[] bytes = e.Message;
        if (bytes == null || bytes.Length == 0) return;
        _handler(this, Encoding.UTF8.GetString(bytes, 0, bytes.Length));
    }
}
