using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>Issue 13, "stall": every body has a limit enforced while it streams in (chunked too), uploads never
/// sit in memory, the File manager has a quota, and answers stay bounded. Real Kestrel on loopback.</summary>
public sealed class RequestBudgetTests : IDisposable
{
    private readonly KestrelGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task AnEndlessChunkedUploadIsCutOffAtTheFileLimit()
    {
        (int status, JsonNode? problem, long sent) = await RawHttp.SendEndlessAsync(_gateway.Url, "PUT", "/api/files/big.bin", "application/octet-stream");
        Assert.Equal(413, status);
        Assert.Contains("at most", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(sent < 64L << 20, $"the gateway read {sent} bytes before it answered");
        Assert.Empty(Directory.GetFiles(Path.Combine(_gateway.Factory.DataDirectory, "files"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("/api/automations", "text/x-sg-dsl")]
    [InlineData("/api/automations/convert?to=json", "application/json")]
    [InlineData("/api/tariffs", "text/x-sg-dsl")]
    [InlineData("/api/settings", "application/json")]
    [InlineData("/api/bicom", "application/json")]
    [InlineData("/api/auth", "application/json")]
    public async Task AnEndlessChunkedBodyIsRefusedWith413(string path, string type)
    {
        (int status, JsonNode? problem, long sent) = await RawHttp.SendEndlessAsync(_gateway.Url, "POST", path, type);
        Assert.Equal(413, status);
        Assert.Equal(413, problem!["status"]!.GetValue<int>());
        Assert.True(sent < 64L << 20, $"the gateway read {sent} bytes before it answered");
    }

    [Fact]
    public async Task ARuleSourceAboveItsLimitIsRefusedBeforeItIsCompiled()
    {
        string source = string.Concat(Enumerable.Range(0, 4000).Select(n => $"automation \"A{n}\" on change {{ when ir.left.P < 5 kW then bicom ir.right on }}\n"));
        Assert.True(Encoding.UTF8.GetByteCount(source) > 256 * 1024);
        string before = (await _gateway.Client().GetJsonAsync("/api/automations"))["source"]!.GetValue<string>();
        using HttpResponseMessage response = await _gateway.Client().PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl"));
        await Problem.AssertAsync(response, 413);
        Assert.Equal(before, (await _gateway.Client().GetJsonAsync("/api/automations"))["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConcurrentUploadsOfOneNameAllSucceedAndLeaveOneWholeFile()
    {
        HttpClient client = _gateway.Client();
        var contents = Enumerable.Range(0, 20).Select(n => Encoding.ASCII.GetBytes(new string((char)('a' + n), 50_000))).ToList();
        HttpStatusCode[] answers = await Task.WhenAll(contents.Select(async c =>
        {
            using HttpResponseMessage response = await client.PutAsync("/api/files/same.bin", HttpJson.Binary(c));
            return response.StatusCode;
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        byte[] stored = await File.ReadAllBytesAsync(Path.Combine(_gateway.Factory.DataDirectory, "files", "same.bin"));
        Assert.Contains(contents, c => c.AsSpan().SequenceEqual(stored));
        Assert.Single(Directory.GetFiles(Path.Combine(_gateway.Factory.DataDirectory, "files")));
    }

    [Fact]
    public async Task TheFileManagerRefusesUploadsPastItsQuotaWith507()
    {
        HttpClient client = _gateway.Client();
        byte[] megabyte = new byte[FileArea.MaxFileBytes];
        for (int n = 0; n < FileArea.QuotaBytes / FileArea.MaxFileBytes; n++)
        {
            using HttpResponseMessage put = await client.PutAsync($"/api/files/f{n}.bin", HttpJson.Binary(megabyte));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
        using HttpResponseMessage full = await client.PutAsync("/api/files/one-more.bin", HttpJson.Binary([1]));
        await Problem.AssertAsync(full, 507);
        using (HttpResponseMessage replace = await client.PutAsync("/api/files/f0.bin", HttpJson.Binary([1, 2, 3])))
            Assert.Equal(HttpStatusCode.OK, replace.StatusCode); // replacing a file frees its room
    }

    [Fact]
    public async Task ThePreviewOfALargeRuleSetComesInPages()
    {
        string source = string.Concat(Enumerable.Range(0, 150).Select(n => $"automation \"A{n}\" on change {{ when ir.left.P < {n} kW then bicom ir.right on }}\n"));
        using (HttpResponseMessage post = await _gateway.Client().PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl")))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        await WaitForAsync(async () => (await _gateway.Client().GetJsonAsync("/api/automations/preview"))["total"]?.GetValue<int>() == 150);

        JsonNode first = await _gateway.Client().GetJsonAsync("/api/automations/preview");
        Assert.Equal(100, first["automations"]!.AsArray().Count);
        JsonNode rest = await _gateway.Client().GetJsonAsync("/api/automations/preview?offset=100");
        Assert.Equal(50, rest["automations"]!.AsArray().Count);
        Assert.Equal("A100", rest["automations"]![0]!["name"]!.GetValue<string>());
        using HttpResponseMessage tooMany = await _gateway.Client().GetAsync("/api/automations/preview?limit=101");
        await Problem.AssertAsync(tooMany, 400);
    }


    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (int n = 0; n < 100 && !await condition(); n++) await Task.Delay(100);
    }
}
