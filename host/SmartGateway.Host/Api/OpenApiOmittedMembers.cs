using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SmartGateway.Host.Api;

/// <summary>
/// A member the answer leaves out when it is null (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>, e.g. a device
/// slot's <c>bicom</c>) is not required in the OpenAPI document: the web UI checks answers against it, and a
/// "required" member that is sometimes absent would be a contract the server does not keep.
/// </summary>
internal static class OpenApiOmittedMembers
{
    public static Task Transform(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        if (schema.Required is { Count: > 0 } required && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (JsonPropertyInfo property in context.JsonTypeInfo.Properties)
            {
                if (property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true) is [JsonIgnoreAttribute
                    { Condition: JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault }, ..])
                    required.Remove(property.Name);
            }
        }
        return Task.CompletedTask;
    }
}
