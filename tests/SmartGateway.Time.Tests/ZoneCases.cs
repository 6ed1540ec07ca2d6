namespace SmartGateway.Time.Tests;

/// <summary>
/// Zones checked against the system time-zone database, each with the POSIX rule that tzdata 2025b
/// writes as its footer and the first year from which that rule alone describes the zone.
/// </summary>
public static class ZoneCases
{
    public static readonly TheoryData<string, string, int> All = new()
    {
        { "Europe/Ljubljana", "CET-1CEST,M3.5.0,M10.5.0/3", 2000 },
        { "Europe/London", "GMT0BST,M3.5.0/1,M10.5.0", 2000 },
        { "Europe/Helsinki", "EET-2EEST,M3.5.0/3,M10.5.0/4", 2000 },
        // Negative DST: Irish Standard Time is summer time, GMT the winter "daylight saving".
        { "Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1", 2000 },
        { "America/New_York", "EST5EDT,M3.2.0,M11.1.0", 2007 },
        { "America/St_Johns", "NST3:30NDT,M3.2.0,M11.1.0", 2012 },
        { "America/Havana", "CST5CDT,M3.2.0/0,M11.1.0/1", 2013 },
        { "America/Sao_Paulo", "<-03>3", 2020 },
        // Transitions at 24:00 on a Saturday.
        { "America/Santiago", "<-04>4<-03>,M9.1.6/24,M4.1.6/24", 2023 },
        // Negative transition time: 23:00 on the Saturday before the last Sunday of March.
        { "America/Nuuk", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", 2024 },
        { "Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3", 2008 },
        // Half-hour daylight-saving shift.
        { "Australia/Lord_Howe", "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0", 2008 },
        { "Pacific/Auckland", "NZST-12NZDT,M9.5.0,M4.1.0/3", 2008 },
        { "Pacific/Chatham", "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", 2008 },
        { "Asia/Kolkata", "IST-5:30", 2000 },
        { "Asia/Tokyo", "JST-9", 2000 },
        // Transition time beyond 24 h: 26:00 on the fourth Thursday of March, i.e. Friday 02:00.
        { "Asia/Jerusalem", "IST-2IDT,M3.4.4/26,M10.5.0", 2013 },
    };
}
