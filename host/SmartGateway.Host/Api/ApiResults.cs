using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;

namespace SmartGateway.Host.Api;

/// <summary>Error answers in one shape, and request bodies read with a clear message on bad input.</summary>
public static class ApiResults
{
    public static NotFound<ApiError> NotFound(string detail) => TypedResults.NotFound(new ApiError("Not Found", 404, detail));

    public static BadRequest<ApiError> BadRequest(string detail) => TypedResults.BadRequest(new ApiError("Bad Request", 400, detail));

    public static JsonHttpResult<ApiError> Error(int status, string title, string detail) =>
        TypedResults.Json(new ApiError(title, status, detail), statusCode: status);

    /// <summary>The body as <typeparamref name="T"/>, or a message with the JSON path and line of the problem.</summary>
    public static async Task<(T? Value, string? Error)> ReadJsonAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, request.HttpContext.RequestAborted);
            return value is null ? (null, "the body must be a JSON object") : (value, null);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is long line ? $" (line {line + 1}, column {exception.BytePositionInLine + 1})" : "";
            return (null, $"invalid JSON at {exception.Path ?? "$"}{where}: {exception.Message}");
        }
    }
}
