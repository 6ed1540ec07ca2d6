using System;
using SmartGateway.Firmware.Config;
using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Text;

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

    /// <summary>
    /// §4.3 push: on each link whose interval has passed, every metering device's measurements and counters
    /// in the REST shapes, to $root/measurements/{index} and $root/counters/{index} (docs/SG-REST.md index space).
    /// </summary>
    public void PublishMeasurements(DeviceRegistry devices)
    {
        long now = Environment.TickCount64;
        for (int i = 0; i < _links.Length; i++)
        {
            if (!_links[i].PublishDue(now)) continue;
            for (int index = 0; ; index++)
            {
                DeviceSlot slot = devices.ByIndex(index);
                if (slot == null && index > 0) break;
                if (slot == null) continue;
                _links[i].Publish("measurements/" + index.ToString(), DeviceJson.Measurements(slot));
                _links[i].Publish("counters/" + index.ToString(), DeviceJson.Counters(slot));
            }
        }
    }

    public void PublishHello(string payload)
    {
        for (int i = 0; i < _links.Length; i++) _links[i].PublishHello(payload);
    }
}
