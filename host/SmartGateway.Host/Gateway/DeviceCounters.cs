namespace SmartGateway.Host.Gateway;

/// <summary>An energy counter in base units: <paramref name="Unit"/> is Wh, varh or VAh; direction import/export.</summary>
public sealed record EnergyCounter(string Name, double Value, string Unit, string Direction);

/// <summary>The enabled counters of one meter in the meter's order (disabled ones left out).</summary>
public sealed record DeviceCounters(
    IReadOnlyList<EnergyCounter> NonResettable, IReadOnlyList<EnergyCounter> Resettable, DateTimeOffset ReadAt);
