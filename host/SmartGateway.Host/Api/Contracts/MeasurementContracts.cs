using System.Text.Json.Serialization;

namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET /api/measurement/{i} in the legacy string encoding every pyiskra version reads.</summary>
public sealed record MeasurementsResponse(LegacyMeasurements Measurements);

public sealed record LegacyMeasurements(
    [property: JsonPropertyName("Phases")] IReadOnlyList<LegacyPhase> Phases,
    [property: JsonPropertyName("Total")] LegacyTotal Total,
    [property: JsonPropertyName("Frequency")] string Frequency,
    [property: JsonPropertyName("Temperature"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Temperature);

/// <summary>"233.0 V", "0.8952 Cap"; PA and THD as bare numbers (pyiskra &lt; 0.1.19 calls float() on them).</summary>
public sealed record LegacyPhase(
    [property: JsonPropertyName("U")] string U,
    [property: JsonPropertyName("I")] string I,
    [property: JsonPropertyName("P")] string P,
    [property: JsonPropertyName("Q")] string Q,
    [property: JsonPropertyName("S")] string S,
    [property: JsonPropertyName("PF")] string PF,
    [property: JsonPropertyName("PA")] string PA,
    [property: JsonPropertyName("THDUp")] string THDUp,
    [property: JsonPropertyName("THDI")] string THDI);

/// <summary>All five totals are always present: a missing one makes pyiskra reuse a phase value.</summary>
public sealed record LegacyTotal(
    [property: JsonPropertyName("P")] string P,
    [property: JsonPropertyName("Q")] string Q,
    [property: JsonPropertyName("S")] string S,
    [property: JsonPropertyName("PF")] string PF,
    [property: JsonPropertyName("PA")] string PA);
