using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;

namespace SmartGateway.Host.Api;

/// <summary>Error answers in one shape, and request bodies read with a clear message on bad input.</summary>
public static class ApiResults
{
    /// <summary>JSON documents the API reads are refused when a member appears twice (which one would count?).</summary>
    public static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };

    public static NotFound<ApiError> NotFound(string detail) => TypedResults.NotFound(new ApiError("Not Found", 404, detail));

    public static BadRequest<ApiError> BadRequest(string detail) => TypedResults.BadRequest(new ApiError("Bad Request", 400, detail));

    public static JsonHttpResult<ApiError> Error(int status, string title, string detail) =>
        TypedResults.Json(new ApiError(title, status, detail), statusCode: status);

    /// <summary>Writes a problem document from middleware, where no endpoint result exists.</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        string title = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
        return context.Response.WriteAsJsonAsync(new ApiError(title.Length > 0 ? title : "Error", status, detail), ApiJsonContext.Default.ApiError,
            contentType: "application/json; charset=utf-8");
    }

    /// <summary>The body as <typeparamref name="T"/>, or a message with the JSON path and line of the problem.</summary>
    public static async Task<(T? Value, string? Error)> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            T? value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, request.HttpContext.RequestAborted);
            return value is null ? (null, "the body must be a JSON object") : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, JsonErrorText.Describe(exception));
        }
    }

    /// <summary>A rule or calendar source (DSL or JSON by Content-Type), or an error for an empty body: clearing
    /// the rules takes an explicit empty rule set, never a request that lost its body on the way.</summary>
    public static async Task<(string? Source, bool Json, string? Error)> ReadSourceAsync(HttpRequest request)
    {
        bool json = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        using var reader = new StreamReader(request.Body, new UTF8Encoding(false));
        string source = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(source))
            return (null, json, "the body is empty: post a source (an empty rule set, {\"version\": 1, \"automations\": []}, clears the automations)");
        return (source, json, null);
    }
}
