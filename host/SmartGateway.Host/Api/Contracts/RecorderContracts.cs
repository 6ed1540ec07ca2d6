namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/recorders: the configured recorders, numbered from 1.</summary>
public sealed record RecordersResponse(IReadOnlyList<RecorderEntry> Recorders);

public sealed record RecorderEntry(int Id, bool Enabled, string Source, int Slot, string CounterKind, int Counter);

/// <summary>GET /api/recorder/{id}?period=daily|monthly|yearly.</summary>
public sealed record RecorderDataResponse(int Id, string Period, IReadOnlyList<RecorderPoint> Values);

public sealed record RecorderPoint(string Date, double Value, string Unit);

/// <summary>GET /api/load_profile/{i}?hours=N: 15-minute intervals of a metering-index device;
/// <paramref name="LocalNow"/> is the gateway's wall clock ("2026-12-05T10:07:31", its own time zone), so a
/// client draws "today" as the gateway counts it, not as the browser's zone does.</summary>
public sealed record LoadProfileResponse(int Index, string LocalNow, IReadOnlyList<LoadProfilePoint> Intervals);

/// <summary>One interval; <paramref name="Partial"/> marks the running one (energy so far, average over the time so far).
/// <paramref name="LocalEnd"/> is its end on the gateway's wall clock; <paramref name="Tariff"/> the tariff in force
/// during it (null without a calendar).</summary>
public sealed record LoadProfilePoint(DateTimeOffset End, string LocalEnd, int? Tariff, double ImportWh, double ExportWh, double AverageW, bool Partial);

/// <summary>GET /api/events?level=error.</summary>
public sealed record EventsResponse(IReadOnlyList<EventEntry> Events);

public sealed record EventEntry(long Id, DateTimeOffset Time, string Level, string Source, string Message);

/// <summary>GET /api/files.</summary>
public sealed record FilesResponse(IReadOnlyList<FileEntry> Files);

public sealed record FileEntry(string Name, long Size);
