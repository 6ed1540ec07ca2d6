namespace SmartGateway.Compiler.Diagnostics;

/// <summary>Tariff calendars: SG3000–SG3999 (JSON shape errors reuse the SG01xx JSON codes).</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor TariffSyntax = Error("SG3001", "{0}");
    public static readonly DiagnosticDescriptor TariffMissingTimeZone = Error("SG3002", "a tariff calendar needs a time zone, a POSIX TZ rule such as \"CET-1CEST,M3.5.0,M10.5.0/3\"");
    public static readonly DiagnosticDescriptor TariffBadTimeZone = Error("SG3003", "\"{0}\" is not a POSIX TZ rule: {1} (character {2})");

    public static readonly DiagnosticDescriptor TariffIdOutOfRange = Error("SG3010", "tariff id {0} is outside 1–5");
    public static readonly DiagnosticDescriptor TariffDuplicate = Error("SG3011", "tariff {0} is already defined at {1}");
    public static readonly DiagnosticDescriptor TariffUnknown = Error("SG3012", "tariff {0} is not defined");
    public static readonly DiagnosticDescriptor TariffNone = Error("SG3013", "a calendar needs at least one tariff");
    public static readonly DiagnosticDescriptor TariffBadPrice = Error("SG3014", "price \"{0}\" is not a decimal number with at most six decimals");

    public static readonly DiagnosticDescriptor TariffHourOutOfRange = Error("SG3020", "hour {0} is outside 0–23");
    public static readonly DiagnosticDescriptor TariffScheduleNotFromZero = Error("SG3021", "the schedule of \"{0}\" starts at hour {1}: it must start at hour 0");
    public static readonly DiagnosticDescriptor TariffScheduleUnordered = Error("SG3022", "hour {0} does not come after hour {1}");
    public static readonly DiagnosticDescriptor TariffScheduleEmpty = Error("SG3023", "season \"{0}\" has no schedule");

    public static readonly DiagnosticDescriptor TariffSeasonsUnordered = Error("SG3030", "season \"{0}\" starts {1}, before \"{2}\" ({3}): list seasons in order of start date");
    public static readonly DiagnosticDescriptor TariffSeasonsOverlap = Error("SG3031", "seasons \"{0}\" and \"{1}\" both select {2} from {3}");
    public static readonly DiagnosticDescriptor TariffDaysNotCovered = Error("SG3032", "from {0}, no season applies to {1}");
    public static readonly DiagnosticDescriptor TariffBadDate = Error("SG3033", "\"{0}\" is not a date (MM-DD for every year, YYYY-MM-DD for one year)");
    public static readonly DiagnosticDescriptor TariffMixedSeasonKinds = Error("SG3034", "season \"{0}\" follows daylight-saving time but others start on a date: use one kind in a calendar");
    public static readonly DiagnosticDescriptor TariffNoDays = Error("SG3035", "season \"{0}\" selects no days");
    public static readonly DiagnosticDescriptor TariffLeapDay = Error("SG3036", "{0} repeats yearly, so it cannot start on 29 February");
    public static readonly DiagnosticDescriptor TariffNoSeasons = Error("SG3037", "a calendar needs at least one season");
    public static readonly DiagnosticDescriptor TariffUnknownDayType = Error("SG3038", "\"{0}\" is not a day type (workday, weekend, holiday, monday … sunday)");
    public static readonly DiagnosticDescriptor TariffBadSeasonStart = Error("SG3039", "\"{0}\" is not a season start (MM-DD, \"summer time\" or \"winter time\")");

    public static readonly DiagnosticDescriptor TariffHolidayDuration = Error("SG3040", "holiday \"{0}\" lasts {1} days: a holiday lasts 1 to 366 days");

    public static readonly DiagnosticDescriptor TariffTooMany = Error("SG3050", "too many {0}: at most {1}");
    public static readonly DiagnosticDescriptor TariffNameTooLong = Error("SG3051", "\"{0}\" is longer than 255 bytes");

    public static readonly DiagnosticDescriptor TariffBadLocalTime = Error("SG3060", "\"{0}\" is not a local time like 2025-04-21T10:00");
}
