using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Api;

/// <summary>
/// The OpenAPI schema of the settings answer (GET and POST /api/settings). The handlers answer a JSON object made
/// from <see cref="GatewaySettings"/> by <see cref="SettingsPatch.ToPublic"/>: every member is written, and the
/// secrets never leave (a password or its hash becomes <c>password_set</c>). The schema says exactly that, so the
/// web UI's generated types and answer check cover the settings too.
/// </summary>
internal static class SettingsSchema
{
    /// <summary>Schema transformer: the settings records as <see cref="SettingsPatch.ToPublic"/> writes them.</summary>
    public static Task Public(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || context.JsonTypeInfo.Type.Namespace != typeof(GatewaySettings).Namespace
            || schema.Properties is not { } properties)
            return Task.CompletedTask;
        if (properties.Remove("password_hash") | properties.Remove("password"))
            properties["password_set"] = new OpenApiSchema { Type = JsonSchemaType.Boolean };
        schema.Required = new HashSet<string>(properties.Keys);
        return Task.CompletedTask;
    }

    /// <summary>Operation transformer: the settings answers are <see cref="GatewaySettings"/> in public form.</summary>
    public static async Task Answer(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not (nameof(SettingsApi.GetSettings) or nameof(SettingsApi.PostSettings))) return;
        if (operation.Responses?["200"].Content?["application/json"] is not OpenApiMediaType answer) return;
        answer.Schema = await context.GetOrCreateSchemaAsync(typeof(GatewaySettings), null, cancellationToken);
    }
}
