namespace SmartGateway.Host.Gateway;

/// <summary>Local time and the active tariff at one instant.</summary>
public sealed record TariffNow(DateTime LocalTime, int? ActiveTariff, string TimeZone);

/// <summary>Result of loading a tariff calendar source.</summary>
public sealed record TariffLoadResult(bool Accepted, IReadOnlyList<RuleDiagnostic> Diagnostics);

/// <summary>Local time (POSIX TZ rule) and the tariff calendar.</summary>
/// <remarks>Seam: branch `tariffs` implements this with the runtime's PosixTimeZone and TariffCalendar; until
/// then <see cref="Interim.SystemTariffClock"/> uses the host's time zone and a configured fixed tariff.</remarks>
public interface ITariffClock
{
    TariffNow Now(DateTimeOffset utc);

    TariffLoadResult Load(string source);
}
