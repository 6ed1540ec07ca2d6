namespace SmartGateway.Host.Gateway.Interim;

/// <summary>INTERIM: local time from the host's time-zone database and a configured fixed tariff.
/// Replace with the runtime's PosixTimeZone + TariffCalendar (branch `tariffs`) when wiring.</summary>
public sealed class SystemTariffClock(int activeTariff) : ITariffClock
{
    private static readonly RuleDiagnostic NotEvaluated =
        new("warning", "HOST003", "the tariff calendar is not wired into this build: the source is stored but not evaluated", 1, 1);

    public TariffNow Now(DateTimeOffset utc) =>
        new(TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.Local).DateTime, activeTariff, TimeZoneInfo.Local.Id);

    public TariffLoadResult Load(string source) => new(true, [NotEvaluated]);
}
