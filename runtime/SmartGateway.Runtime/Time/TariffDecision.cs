namespace SmartGateway.Runtime.Time;

/// <summary>The active tariff at a local time and why: a value type, so lookups allocate nothing.</summary>
public struct TariffDecision
{
    /// <summary>Active tariff id, 1–5.</summary>
    public int Tariff;

    /// <summary>Index of the season whose schedule decided (see <see cref="TariffCalendar.SeasonName"/>).</summary>
    public int Season;

    /// <summary>The selector of that season that matched the day (one <see cref="DayTypes"/> bit).</summary>
    public int DayType;

    /// <summary>Index of the holiday covering the day, or −1.</summary>
    public int Holiday;
}
