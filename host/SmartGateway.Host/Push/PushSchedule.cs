using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Push;

/// <summary>Which meters are due for a push on one link, by their per-device interval (0 = never).</summary>
public sealed class PushSchedule(int link)
{
    private readonly Dictionary<int, DateTimeOffset> _next = [];

    public IReadOnlyList<DeviceSlot> Due(GatewaySettings settings, IDeviceDirectory directory, DateTimeOffset now)
    {
        var due = new List<DeviceSlot>();
        foreach (DevicePushSettings push in settings.Push)
        {
            int interval = link == 1 ? push.Link1Interval : push.Link2Interval;
            if (interval <= 0 || (_next.TryGetValue(push.Slot, out DateTimeOffset next) && next > now)) continue;
            _next[push.Slot] = now.AddSeconds(interval);
            if (directory.Slots[push.Slot] is { IsMeter: true } slot) due.Add(slot);
        }
        return due;
    }
}
