namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/bicoms: every Bicom and its state ("on", "off" or "unknown").</summary>
public sealed record BicomsResponse(IReadOnlyList<BicomEntry> Bicoms);

public sealed record BicomEntry(string Interface, int? Address, string Model, string Serial, string State);

/// <summary>POST /api/bicom: name the relay by <c>addr</c> (0 = right IR) or <c>serial</c>; <c>val</c> is
/// "on", "off" or "toggle" (the MQTT command's names, §4.7.7).</summary>
public sealed record BicomRequest(int? Addr, string? Serial, string Val);
