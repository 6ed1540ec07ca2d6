using System.Text.Json.Serialization;

namespace SmartGateway.Host.Settings;

/// <summary>The stored and exchanged settings document: snake_case, unknown members refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    WriteIndented = false)]
[JsonSerializable(typeof(GatewaySettings))]
public sealed partial class SettingsJsonContext : JsonSerializerContext;
