namespace SmartGateway.Host.Api.Contracts;

/// <summary>POST /api/tariff_counters/{i}: assign a counter of the meter to tariffs (an empty list unassigns it).</summary>
public sealed record TariffCounterRequest(string CounterKind, int Counter, IReadOnlyList<int> Tariffs);

/// <summary>GET /api/tariff_counters/{i}: the meter's counters assigned to tariffs.</summary>
public sealed record TariffCountersResponse(int Index, IReadOnlyList<TariffCounterEntry> Counters);

/// <summary><paramref name="Value"/> = the sum of <paramref name="Registers"/> (tariffs 1–5) over the assigned tariffs;
/// null until the first reading after the assignment.</summary>
public sealed record TariffCounterEntry(string CounterKind, int Counter, IReadOnlyList<int> Tariffs, string Unit, double? Value, IReadOnlyList<double>? Registers);
