using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Time;

/// <summary>
/// The time.* rule inputs read from a local time. Resolve each input path once with
/// <see cref="KindOf"/> when an image is loaded, then fill snapshots with <see cref="Value"/>
/// every tick without comparing strings.
/// </summary>
public static class TimeInputs
{
    public const int None = 0;
    public const int Hour = 1;
    public const int Minute = 2;
    public const int Day = 3;
    public const int Month = 4;
    public const int YearDay = 5;
    public const int Weekday = 6;

    public static int KindOf(string path)
    {
        if (path == "time.hour") return Hour;
        if (path == "time.minute") return Minute;
        if (path == "time.day") return Day;
        if (path == "time.month") return Month;
        if (path == "time.yday") return YearDay;
        if (path == "time.weekday") return Weekday;
        return None;
    }

    /// <summary>The input's value in micro-units (time.hour at 06:30 is 6).</summary>
    public static long Value(int kind, LocalTime t)
    {
        int v;
        switch (kind)
        {
            case Hour: v = t.Hour; break;
            case Minute: v = t.Minute; break;
            case Day: v = t.Day; break;
            case Month: v = t.Month; break;
            case YearDay: v = t.YearDay; break;
            default: v = t.Weekday; break;
        }
        return Fixed.FromInt(v);
    }
}
