using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Comments;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// A tariff calendar as written, from either front end (text DSL or JSON), with the location of every
/// part so <see cref="TariffChecker"/> can point at it. Values are raw: range checks happen in the checker.
/// <see cref="Comments"/> (keyed by <see cref="TariffCommentKeys"/>) only travel to the formatters.
/// </summary>
public sealed record TariffCalendarModel(
    string? TimeZone,
    SourceSpan TimeZoneSpan,
    IReadOnlyList<TariffDef> Tariffs,
    IReadOnlyList<SeasonDef> Seasons,
    IReadOnlyList<HolidayDef> Holidays)
{
    public CommentMap Comments { get; init; } = CommentMap.Empty;
}

/// <summary>Tariff id 1–5, name and price (micro-units per kWh).</summary>
public sealed record TariffDef(long Id, string Name, long Price, SourceSpan Span);

/// <summary>
/// A season: where its period starts (a yearly date, or summer/winter time), which days it selects
/// (<see cref="Runtime.Time.DayTypes"/> names) and its hourly schedule.
/// </summary>
public sealed record SeasonDef(string Name, SeasonStart Start, IReadOnlyList<DaySelector> Days, IReadOnlyList<ScheduleEntry> Schedule, SourceSpan Span)
{
    /// <summary>The closing brace in the DSL (a comment can stand by it); none from JSON.</summary>
    public SourceSpan? Close { get; init; }
}

/// <summary>Kind is a <see cref="Runtime.Time.TariffImageFormat"/> Season* constant; Month/Day for dates.</summary>
public sealed record SeasonStart(int Kind, int Month, int Day, string Text, SourceSpan Span)
{
    public int Key => Month * 32 + Day;
}

public sealed record DaySelector(string Name, SourceSpan Span);

/// <summary>"From hour H use tariff T".</summary>
public sealed record ScheduleEntry(long Hour, long Tariff, SourceSpan HourSpan, SourceSpan TariffSpan);

/// <summary>A holiday: Year 0 for an annual one (MM-DD), else one-time (YYYY-MM-DD).</summary>
public sealed record HolidayDef(string Name, int Year, int Month, int Day, string DateText, long Duration, SourceSpan Span, SourceSpan DateSpan, SourceSpan DurationSpan);
