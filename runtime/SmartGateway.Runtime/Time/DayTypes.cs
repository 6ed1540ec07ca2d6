namespace SmartGateway.Runtime.Time;

/// <summary>
/// Day selectors a season applies to, as bits of a mask: the reference product's workday / weekend /
/// holiday, and (beyond it) individual weekdays. A day is a holiday if a holiday covers it; otherwise
/// Saturday and Sunday are weekend days and Monday–Friday workdays. Within one season period the most
/// specific selector wins: holiday, then the named weekday, then workday/weekend.
/// </summary>
public static class DayTypes
{
    public const int Workday = 1 << 0;
    public const int Weekend = 1 << 1;
    public const int Holiday = 1 << 2;

    /// <summary>Monday's bit; Tuesday … Sunday follow it (ISO weekday w is <c>Monday &lt;&lt; (w - 1)</c>).</summary>
    public const int Monday = 1 << 3;
    public const int Sunday = 1 << 9;
    public const int All = (1 << 10) - 1;

    public static int OfWeekday(int isoWeekday) => Monday << (isoWeekday - 1);

    /// <summary>The selector's name as the DSL and JSON spell it ("workday", "monday" …).</summary>
    public static string Name(int bit)
    {
        switch (bit)
        {
            case Workday: return "workday";
            case Weekend: return "weekend";
            case Holiday: return "holiday";
            case Monday: return "monday";
            case Monday << 1: return "tuesday";
            case Monday << 2: return "wednesday";
            case Monday << 3: return "thursday";
            case Monday << 4: return "friday";
            case Monday << 5: return "saturday";
            case Sunday: return "sunday";
            default: return "";
        }
    }

    /// <summary>The bit for a selector name, or 0 if the name is not one.</summary>
    public static int Parse(string name)
    {
        for (int bit = 1; bit <= Sunday; bit <<= 1)
        {
            if (Name(bit) == name) return bit;
        }
        return 0;
    }
}
