using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartGateway.Host.Tests.Support;

public static class HttpJson
{
    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    /// <summary>The cookie exactly as pyiskra sends it: <c>Authorization=Basic base64</c>, space unescaped.</summary>
    public static HttpRequestMessage WithCookie(this HttpRequestMessage request, string user, string password)
    {
        request.Headers.TryAddWithoutValidation("Cookie", "Authorization=" + Basic(user, password));
        return request;
    }

    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string user, string password)
    {
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(Basic(user, password));
        return request;
    }

    public static JsonElement Element(this JsonNode node) => JsonSerializer.SerializeToElement(node);

    /// <summary>A File manager upload as the web UI sends it.</summary>
    public static ByteArrayContent Binary(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return body;
    }
}

public static class HttpContentJson
{
    public static async Task<System.Text.Json.Nodes.JsonNode> ReadFromJsonNodeAsync(this HttpContent content) =>
        System.Text.Json.Nodes.JsonNode.Parse(await content.ReadAsStringAsync())!;
}
