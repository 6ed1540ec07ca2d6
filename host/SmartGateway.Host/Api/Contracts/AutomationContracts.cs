namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/automations: the source in force, its format ("text" or "json") and image hash.</summary>
public sealed record AutomationsResponse(string Source, string Format, string? ImageHash, bool Running);

/// <summary>POST /api/automations/{index}/enabled.</summary>
public sealed record AutomationEnabledRequest(bool? Enabled);

/// <summary>The automation's state now; <paramref name="ImageHash"/> is the new image's, null when nothing changed.</summary>
public sealed record AutomationEnabledResponse(int Index, string Name, bool Enabled, string? ImageHash);

/// <summary>The answer to POST /api/automations and POST /api/tariffs.</summary>
public sealed record SourceUpdateResponse(bool Accepted, string? ImageHash, IReadOnlyList<DiagnosticEntry> Diagnostics);

public sealed record DiagnosticEntry(string Severity, string Code, string Message, int Line, int Column);

/// <summary>GET /api/tariffs.</summary>
public sealed record TariffsResponse(string Source, int? ActiveTariff, string LocalTime);

/// <summary>POST /api/automations/convert and /api/tariffs/convert: the canonical source in the asked format.</summary>
public sealed record ConvertResponse(string Source, string Format);

/// <summary>GET /api/history: the stored input history files.</summary>
public sealed record HistoryResponse(IReadOnlyList<HistoryEntry> Files);

public sealed record HistoryEntry(string Name, long Bytes, DateTime Modified);
