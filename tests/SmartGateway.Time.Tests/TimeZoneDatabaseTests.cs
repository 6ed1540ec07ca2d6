using FsCheck;
using FsCheck.Fluent;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>
/// The runtime's POSIX rules against the system time-zone database (TimeZoneInfo over tzdata): every
/// UTC hour and every local hour from the zone's first year to the end of 2037, plus the exact
/// second of every transition, plus random instants.
/// </summary>
public class TimeZoneDatabaseTests
{
    private const long End = 2145916800; // 2038-01-01T00:00:00Z

    [Theory]
    [MemberData(nameof(ZoneCases.All), MemberType = typeof(ZoneCases))]
    public void OffsetMatchesDatabaseEveryUtcHourAndAtEachTransitionSecond(string id, string rule, int fromYear)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(id);
        PosixTimeZone zone = Parse(rule);
        long start = CivilCalendar.DaysFromCivil(fromYear, 1, 1) * 86400 + 86400;
        int previous = DbOffset(tz, start);
        for (long t = start; t < End; t += 3600)
        {
            int expected = DbOffset(tz, t);
            Assert.True(expected == zone.OffsetAt(t), $"{id} at {Text(t)}Z: database {expected}, rule {zone.OffsetAt(t)}");
            if (expected != previous)
            {
                // Bisect the database's transition second inside the hour and check both sides of it.
                long lo = t - 3600, hi = t;
                while (hi - lo > 1)
                {
                    long mid = (lo + hi) / 2;
                    if (DbOffset(tz, mid) == expected) hi = mid; else lo = mid;
                }
                Assert.True(previous == zone.OffsetAt(hi - 1), $"{id} one second before the transition at {Text(hi)}Z");
                Assert.True(expected == zone.OffsetAt(hi), $"{id} at the transition {Text(hi)}Z");
                Assert.Equal(hi, zone.NextTransition(hi - 1));
            }
            previous = expected;
        }
    }

    [Theory]
    [MemberData(nameof(ZoneCases.All), MemberType = typeof(ZoneCases))]
    public void LocalHoursMapToUtcLikeDatabase(string id, string rule, int fromYear)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(id);
        PosixTimeZone zone = Parse(rule);
        long start = CivilCalendar.DaysFromCivil(fromYear, 1, 2) * 86400;
        for (long local = start; local < End - 86400; local += 3600)
        {
            CheckLocal(tz, zone, local, id);
        }
    }

    [Fact]
    public void RandomLocalSecondsMapToUtcLikeDatabase()
    {
        (string, string, int)[] cases = ZoneCases.All.Select(row => ((string)row[0], (string)row[1], (int)row[2])).ToArray();
        Prop.ForAll(Gen.Elements(cases).Zip(Gen.Choose(0, int.MaxValue)).ToArbitrary(), pair =>
        {
            ((string? id, string? rule, int fromYear), int r) = pair;
            long start = CivilCalendar.DaysFromCivil(fromYear, 1, 2) * 86400;
            long local = start + r % (End - 86400 - start);
            CheckLocal(TimeZoneInfo.FindSystemTimeZoneById(id), Parse(rule), local, id);
        }).QuickCheckThrowOnFailure();
    }

    private static void CheckLocal(TimeZoneInfo tz, PosixTimeZone zone, long local, string id)
    {
        DateTime wall = DateTime.UnixEpoch.AddSeconds(local);
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        long utc = zone.ToUtc(local, true, out LocalTimeKind kind);
        if (zone.DstOffset < zone.StandardOffset)
        {
            CheckLocalByOffsets(tz, zone, local, id);
            return;
        }
        if (tz.IsInvalidTime(wall))
        {
            Assert.True(kind == LocalTimeKind.Skipped, $"{id} {wall:s} is skipped, rule says {kind}");
            // Read with the offset before the gap, it lands after the gap by as much as it was into it.
            long gap = Math.Abs(zone.DstOffset - zone.StandardOffset);
            Assert.Equal(local + gap, zone.ToLocal(utc).LocalSeconds);
            Assert.Equal(local + gap, utc + DbOffset(tz, utc));
            return;
        }
        LocalTimeKind expected = tz.IsAmbiguousTime(wall) ? LocalTimeKind.Ambiguous : LocalTimeKind.Unique;
        Assert.True(expected == kind, $"{id} {wall:s}: database {expected}, rule {kind}");
        long dbUtc = (long)(TimeZoneInfo.ConvertTimeToUtc(wall, tz) - DateTime.UnixEpoch).TotalSeconds;
        if (kind == LocalTimeKind.Ambiguous)
        {
            // Both occurrences show the same wall clock; TimeZoneInfo picks one of them.
            long early = zone.ToUtc(local, false, out _);
            Assert.True(early < utc, $"{id} {wall:s}: the first occurrence comes first");
            Assert.Equal(local, early + zone.OffsetAt(early));
            Assert.Equal(local, utc + zone.OffsetAt(utc));
            Assert.True(dbUtc == early || dbUtc == utc, $"{id} {wall:s}: database {Text(dbUtc)}Z is neither occurrence");
            return;
        }
        Assert.True(dbUtc == utc, $"{id} {wall:s}: database {Text(dbUtc)}Z, rule {Text(utc)}Z");
    }

    /// <summary>
    /// TimeZoneInfo's IsInvalidTime/IsAmbiguousTime misjudge negative DST (Europe/Dublin: it calls
    /// 01:30 on the spring-forward day valid), so there the oracle is the database's UTC offsets: a wall
    /// time occurs once for each of the two offsets under which some UTC instant shows it.
    /// </summary>
    private static void CheckLocalByOffsets(TimeZoneInfo tz, PosixTimeZone zone, long local, string id)
    {
        long[] instants = new[] { local - zone.StandardOffset, local - zone.DstOffset }
            .Where(u => u + DbOffset(tz, u) == local).Distinct().Order().ToArray();
        long early = zone.ToUtc(local, false, out LocalTimeKind kind);
        long late = zone.ToUtc(local, true, out _);
        LocalTimeKind expected = instants.Length switch { 0 => LocalTimeKind.Skipped, 1 => LocalTimeKind.Unique, _ => LocalTimeKind.Ambiguous };
        Assert.True(expected == kind, $"{id} {Text(local)}: database {expected}, rule {kind}");
        if (instants.Length > 0)
        {
            Assert.Equal(instants[0], early);
            Assert.Equal(instants[^1], late);
        }
    }

    internal static PosixTimeZone Parse(string rule) =>
        PosixTimeZone.Parse(rule, out string error, out int at) ?? throw new InvalidOperationException($"{rule}: {error} at {at}");

    private static int DbOffset(TimeZoneInfo tz, long utc) =>
        (int)tz.GetUtcOffset(DateTime.UnixEpoch.AddSeconds(utc)).TotalSeconds;

    private static string Text(long utc) => DateTime.UnixEpoch.AddSeconds(utc).ToString("s");
}
