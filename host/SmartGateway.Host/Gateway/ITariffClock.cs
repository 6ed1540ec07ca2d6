namespace SmartGateway.Host.Gateway;

/// <summary>Local time and the active tariff at one instant.</summary>
public sealed record TariffNow(DateTime LocalTime, int? ActiveTariff, string TimeZone);

/// <summary>Result of loading a tariff calendar source.</summary>
public sealed record TariffLoadResult(bool Accepted, IReadOnlyList<RuleDiagnostic> Diagnostics);

/// <summary>Local time (POSIX TZ rule) and the tariff calendar.</summary>
/// <remarks>Implemented by <see cref="Rules.CalendarClock"/> (the runtime's PosixTimeZone and TariffCalendar).</remarks>
public interface ITariffClock
{
    TariffNow Now(DateTimeOffset utc);

    /// <summary>Compiles and, when accepted, puts a calendar in force; <paramref name="cancellationToken"/> stops the compiler.</summary>
    TariffLoadResult Load(string source, CancellationToken cancellationToken = default);
}
