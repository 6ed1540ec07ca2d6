namespace SmartGateway.Runtime.Time;

/// <summary>How a local wall-clock time maps onto UTC.</summary>
public enum LocalTimeKind
{
    /// <summary>The wall-clock time occurs exactly once.</summary>
    Unique = 0,

    /// <summary>It occurs twice (the hour repeated when clocks go back).</summary>
    Ambiguous = 1,

    /// <summary>It never occurs (the hour skipped when clocks go forward).</summary>
    Skipped = 2,
}
