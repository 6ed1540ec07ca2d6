namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/counter/{i}: values are JSON numbers in Wh, varh or VAh.</summary>
public sealed record CountersResponse(CounterLists Counters);

public sealed record CounterLists(IReadOnlyList<CounterEntry> NonResettable, IReadOnlyList<CounterEntry> Resettable);

public sealed record CounterEntry(string Name, double Value, string Unit, string Direction);
