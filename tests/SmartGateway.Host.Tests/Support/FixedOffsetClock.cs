using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Tests.Support;

/// <summary>Local time at a fixed UTC offset, so midnight tests do not depend on the machine's time zone.</summary>
public sealed class FixedOffsetClock(TimeSpan offset) : ITariffClock
{
    public TariffNow Now(DateTimeOffset utc) => new(utc.ToOffset(offset).DateTime, 1, "fixed");

    public TariffLoadResult Load(string source, CancellationToken cancellationToken = default) => new(true, []);
}
