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

/// <summary>GET /api/measurement/{i}?format=object: the "new measurements API" (pyiskra ≥ 0.1.19) with numbers
/// and units, for clients that want numbers (the web UI); Home Assistant gets the legacy form by default.</summary>
public sealed record ObjectMeasurementsResponse(ObjectMeasurements Measurements);

public sealed record ObjectMeasurements(
    [property: JsonPropertyName("Phases")] IReadOnlyList<ObjectPhase> Phases,
    [property: JsonPropertyName("Total")] ObjectTotal Total,
    [property: JsonPropertyName("frequency")] Quantity Frequency,
    [property: JsonPropertyName("temperature"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Quantity? Temperature);

public sealed record ObjectPhase(
    [property: JsonPropertyName("voltage")] Quantity Voltage,
    [property: JsonPropertyName("current")] Quantity Current,
    [property: JsonPropertyName("active_power")] Quantity ActivePower,
    [property: JsonPropertyName("reactive_power")] Quantity ReactivePower,
    [property: JsonPropertyName("apparent_power")] Quantity ApparentPower,
    [property: JsonPropertyName("power_factor")] PowerFactorQuantity PowerFactor,
    [property: JsonPropertyName("power_angle")] Quantity PowerAngle,
    [property: JsonPropertyName("THD_voltage")] Quantity ThdVoltage,
    [property: JsonPropertyName("THD_current")] Quantity ThdCurrent);

public sealed record ObjectTotal(
    [property: JsonPropertyName("active_power")] Quantity ActivePower,
    [property: JsonPropertyName("reactive_power")] Quantity ReactivePower,
    [property: JsonPropertyName("apparent_power")] Quantity ApparentPower,
    [property: JsonPropertyName("power_factor")] PowerFactorQuantity PowerFactor,
    [property: JsonPropertyName("power_angle")] Quantity PowerAngle);

public sealed record Quantity(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit);

/// <summary>A power factor: the value (negative for export), no unit, and "Cap" or "Ind" as in the legacy string.</summary>
public sealed record PowerFactorQuantity(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("character")] string Character);
