namespace SmartGateway.Host.Gateway;

/// <summary>The status page's "Error flags": one bit per standing problem.</summary>
[Flags]
public enum ErrorFlags
{
    None = 0,
    Storage = 1 << 0,
    Link1 = 1 << 1,
    Link2 = 1 << 2,

    /// <summary>Raised by the device stack when a device stops answering; dropped when all answer again.</summary>
    DeviceNotResponding = 1 << 3,

    /// <summary>Raised by the rule host once it is wired in: the automations are not running.</summary>
    Rules = 1 << 4,
}

/// <summary>Standing problems and blink state, set by whoever notices them.</summary>
public sealed class GatewayHealth(TimeProvider time)
{
    public static readonly TimeSpan BlinkDuration = TimeSpan.FromSeconds(30);
    private int _flags;
    private long _blinkUntilTicks;

    public ErrorFlags Flags => (ErrorFlags)Volatile.Read(ref _flags);

    public void Set(ErrorFlags flag, bool raised)
    {
        int before, after;
        do
        {
            before = Volatile.Read(ref _flags);
            after = raised ? before | (int)flag : before & ~(int)flag;
        }
        while (Interlocked.CompareExchange(ref _flags, after, before) != before);
    }

    /// <summary>The LED blinks for about 30 s (§4.1.2.1); on a Linux host the state shows on the status page.</summary>
    public void Blink() => Interlocked.Exchange(ref _blinkUntilTicks, (time.GetUtcNow() + BlinkDuration).UtcTicks);

    public bool Blinking => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _blinkUntilTicks);
}
