using Microsoft.Data.Sqlite;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Storage;

/// <summary>Recorders read at local midnight; the load profile every 15 minutes.</summary>
public sealed class HistorySamplerTests : IDisposable
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(1);
    private readonly string _directory = Directory.CreateTempSubdirectory("sg-history-").FullName;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 31, 22, 50, 0, TimeSpan.Zero));
    private readonly RecorderStore _recorders;
    private readonly LoadProfileStore _loadProfile;
    private readonly HistorySampler _sampler;
    private readonly SteadyMeter _meter;

    public HistorySamplerTests()
    {
        var database = new GatewayDatabase(Path.Combine(_directory, "gateway.db"));
        var settings = new SettingsStore(database, new GatewaySettings
        {
            Recorders = [new RecorderSettings { Enabled = true, Slot = 0, CounterKind = "non_resettable", Counter = 1 }],
        });
        SteadyMeter meter = _meter = new SteadyMeter(_time);
        _recorders = new RecorderStore(database);
        _loadProfile = new LoadProfileStore(database);
        _sampler = new HistorySampler(settings, meter, meter, new FixedOffsetClock(Offset), _recorders, _loadProfile);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void LocalMidnightRecordsTheDayThatEnded()
    {
        Step(TimeSpan.FromMinutes(1), count: 20); // 23:50 → 00:10 local, 31 Jan → 1 Feb
        IReadOnlyList<RecorderValue> daily = _recorders.Values(1, RecorderPeriod.Daily);
        Assert.Equal("2026-01-31", Assert.Single(daily).Date);
        Assert.Equal("Wh", daily[0].Unit);
    }

    [Fact]
    public void TheFirstOfTheMonthAlsoRecordsTheMonthButNotTheYear()
    {
        Step(TimeSpan.FromMinutes(1), count: 20);
        Assert.Equal("2026-01", Assert.Single(_recorders.Values(1, RecorderPeriod.Monthly)).Date);
        Assert.Empty(_recorders.Values(1, RecorderPeriod.Yearly));
    }

    [Fact]
    public void NoMidnightNoRecord()
    {
        Step(TimeSpan.FromMinutes(1), count: 5); // 23:50 → 23:55 local
        Assert.Empty(_recorders.Values(1, RecorderPeriod.Daily));
    }

    [Fact]
    public void LoadProfileStartsWithThePartOfTheIntervalWatchedThenOneEntryPerQuarter()
    {
        Step(TimeSpan.FromMinutes(1), count: 60);
        IReadOnlyList<LoadProfileEntry> entries = _loadProfile.Range(0, _time.Now.AddHours(-2), _time.Now);
        // 22:50 → 23:50 UTC crosses 23:00, 23:15, 23:30, 23:45; the first interval was watched from 22:50.
        Assert.Equal(4, entries.Count);
        Assert.Equal(500, entries[0].ImportWh, 6); // 10 minutes at 3 kW
        Assert.Equal(750, entries[1].ImportWh, 6);
        Assert.All(entries, e => Assert.Equal(3000, e.AverageW, 6));
        Assert.Equal(TimeSpan.FromMinutes(15), entries[1].IntervalEnd - entries[0].IntervalEnd);
    }

    [Fact]
    public void TheRunningIntervalIsAPartialBarFromTheFirstMinutes()
    {
        Step(TimeSpan.FromMinutes(1), count: 5); // 22:50 → 22:55 UTC
        LoadProfileEntry running = _sampler.Running(0, _time.Now)!;
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero), running.IntervalEnd);
        Assert.Equal(250, running.ImportWh, 6);
        Assert.Equal(3000, running.AverageW, 6);
        Assert.Empty(_loadProfile.Range(0, _time.Now.AddHours(-2), _time.Now));
    }

    [Fact]
    public void AMeterThatFirstAnswersAfterStartIsWatchedFromItsFirstReadingNotTheNextBoundary()
    {
        _meter.Answering = false;
        Step(TimeSpan.FromMinutes(1), count: 3); // 22:50 → 22:53 UTC: the line is still being identified
        _meter.Answering = true;
        Step(TimeSpan.FromMinutes(1), count: 2); // 22:53 → 22:55
        Assert.Equal(100, _sampler.Running(0, _time.Now)!.ImportWh, 6); // 2 minutes at 3 kW

        Step(TimeSpan.FromMinutes(1), count: 5); // → 23:00: the interval watched from 22:53 is stored
        LoadProfileEntry stored = Assert.Single(_loadProfile.Range(0, _time.Now.AddHours(-2), _time.Now));
        Assert.Equal(350, stored.ImportWh, 6);
        Assert.Equal(3000, stored.AverageW, 6);
    }

    [Fact]
    public void ClearingForgetsOnlyThatRecorderOrDevice()
    {
        Step(TimeSpan.FromMinutes(1), count: 60);
        _recorders.Record(2, RecorderPeriod.Daily, "2026-01-30", 5, "Wh");
        _recorders.Clear(1);
        _loadProfile.Clear(0);
        Assert.Empty(_recorders.Values(1, RecorderPeriod.Daily));
        Assert.Single(_recorders.Values(2, RecorderPeriod.Daily));
        Assert.Empty(_loadProfile.Range(0, _time.Now.AddHours(-2), _time.Now));
    }

    [Fact]
    public void CsvExportListsReadingsAndConsumption()
    {
        string csv = RecorderStore.ToCsv([new RecorderValue("2026-01-30", 1000, "Wh"), new RecorderValue("2026-01-31", 1250.5, "Wh")]);
        Assert.Equal("date,value,unit,consumption\n2026-01-30,1000,Wh,\n2026-01-31,1250.5,Wh,250.5\n", csv);
    }

    private void Step(TimeSpan step, int count)
    {
        _sampler.Sample(_time.Now);
        for (int n = 0; n < count; n++)
        {
            _time.Now += step;
            _sampler.Sample(_time.Now);
        }
    }
}
