using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Tests.Support;

/// <summary>Checks that an error answer is a problem document (title, status, detail) naming no .NET type.</summary>
public static partial class Problem
{
    public static async Task<JsonObject> AssertAsync(HttpResponseMessage response, int status)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        JsonObject problem = Assert.IsType<JsonObject>(JsonNode.Parse(body));
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), body);
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), body);
        Assert.False(TypeName().IsMatch(body), $"a .NET type name in {body}");
        return problem;
    }

    [GeneratedRegex(@"System\.|Microsoft\.|SmartGateway\.|Nullable|Int32|String\b|`1")]
    private static partial Regex TypeName();
}
