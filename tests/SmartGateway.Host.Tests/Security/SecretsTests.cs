using System.Net;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Security;

/// <summary>Issue 13, "secrets": nothing public is derived from a secret, what is stored is the owner's alone,
/// and certificates come only from the File manager, where links are never followed.</summary>
public sealed class SecretsTests : IDisposable
{
    private readonly KestrelGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    private string Files => Path.Combine(_gateway.Factory.DataDirectory, "files");

    [Fact]
    public async Task TheSettingsCrcDoesNotChangeWithTheMqttPassword()
    {
        HttpClient client = _gateway.Client();
        async Task<string> CrcWith(string password)
        {
            (await client.PostJsonAsync("/api/settings", $$"""{"links": [{"password": "{{password}}"}, {}]}""")).Dispose();
            return (await client.GetJsonAsync("/api"))["status"]!["settings_crc"]!.GetValue<string>();
        }

        Assert.Equal(await CrcWith("first-secret"), await CrcWith("second-secret"));
        string before = await CrcWith("second-secret");
        (await client.PostJsonAsync("/api/settings", """{"general": {"description": "changed"}}""")).Dispose();
        Assert.NotEqual(before, (await client.GetJsonAsync("/api"))["status"]!["settings_crc"]!.GetValue<string>());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TheDataDirectoryTheDatabaseAndUploadsAreTheOwnersAlone()
    {
        using (HttpResponseMessage put = await _gateway.Client().PutAsync("/api/files/client.key", HttpJson.Binary("-----BEGIN PRIVATE KEY-----"u8.ToArray())))
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        string data = _gateway.Factory.DataDirectory;
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Assert.Equal(owner, File.GetUnixFileMode(data));
        Assert.Equal(owner, File.GetUnixFileMode(Files));
        const UnixFileMode ownerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerFile, File.GetUnixFileMode(Path.Combine(data, "gateway.db")));
        Assert.Equal(ownerFile, File.GetUnixFileMode(Path.Combine(Files, "client.key")));
        // The WAL and shared-memory files come and go with the connections (another test's ClearAllPools
        // checkpoints them away), so each is checked while it exists.
        foreach (string companion in Directory.EnumerateFiles(data, "gateway.db-*"))
        {
            try { Assert.Equal(ownerFile, File.GetUnixFileMode(companion)); }
            catch (FileNotFoundException) { }
        }
    }

    [Theory]
    [InlineData("/etc/ssl/private/key.pem")]
    [InlineData("../gateway.db")]
    [InlineData("sub/ca.pem")]
    public async Task ACertificateOutsideTheFileManagerIsRefused(string path)
    {
        using HttpResponseMessage response = await _gateway.Client().PostJsonAsync("/api/settings", $$"""{"links": [{"ca_certificate": "{{path}}"}, {}]}""");
        JsonObject problem = await Problem.AssertAsync(response, 400);
        Assert.Contains("File manager", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCertificateErrorSaysNothingAboutFilesOutside()
    {
        var files = new FileArea(_gateway.Factory.DataDirectory);
        string existing = Assert.Throws<FileNotFoundException>(() => files.Certificate("/etc/hostname")).Message;
        string missing = Assert.Throws<FileNotFoundException>(() => files.Certificate("/no/such/file")).Message;
        Assert.Equal(existing.Replace("/etc/hostname", "X", StringComparison.Ordinal), missing.Replace("/no/such/file", "X", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASymbolicLinkInTheFileManagerIsNeverFollowed()
    {
        string target = Path.Combine(_gateway.Factory.DataDirectory, "outside.txt");
        await File.WriteAllTextAsync(target, "not for the API");
        File.CreateSymbolicLink(Path.Combine(Files, "link.pem"), target);
        HttpClient client = _gateway.Client();

        Assert.Empty((await client.GetJsonAsync("/api/files"))["files"]!.AsArray());
        using (HttpResponseMessage download = await client.GetAsync("/api/files/link.pem"))
            await Problem.AssertAsync(download, 404);
        Assert.Throws<FileNotFoundException>(() => new FileArea(_gateway.Factory.DataDirectory).Certificate("link.pem"));
        using (HttpResponseMessage delete = await client.DeleteAsync("/api/files/link.pem"))
            Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal("not for the API", await File.ReadAllTextAsync(target));
    }
}
