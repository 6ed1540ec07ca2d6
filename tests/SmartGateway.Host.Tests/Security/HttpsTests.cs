using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Security;

/// <summary>Issue 13: HTTPS is optional (an https:// address), with a certificate generated on first start and
/// kept in the data directory, and the login cookie is Secure over it. Real Kestrel with TLS on loopback.</summary>
public sealed class HttpsTests : IDisposable
{
    private readonly KestrelGateway _gateway = new(listen: kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps()));

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task AGeneratedCertificateServesHttpsAndIsKeptPrivately()
    {
        Assert.Equal("https", _gateway.Url.Scheme);
        X509Certificate2 certificate = await ServerCertificateAsync();
        Assert.Contains("localhost", certificate.GetNameInfo(X509NameType.DnsFromAlternativeName, false) + string.Join(",",
            certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames())), StringComparison.Ordinal);
        string key = Path.Combine(_gateway.Factory.DataDirectory, "https", "gateway.key");
        Assert.True(File.Exists(key));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(HttpStatusCode.OK, (await _gateway.Client().GetAsync("/api")).StatusCode);
    }

    [Fact]
    public async Task TheLoginCookieIsSecureOverHttps()
    {
        using HttpResponseMessage login = await _gateway.Client().PostJsonAsync("/api/auth", """{"username": "admin", "password": "iskra"}""");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("; Secure", login.Headers.GetValues("Set-Cookie").Single(), StringComparison.Ordinal);
    }

    private async Task<X509Certificate2> ServerCertificateAsync()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _gateway.Url.Port);
        X509Certificate2? seen = null;
        using var tls = new SslStream(tcp.GetStream(), false, (_, certificate, _, _) =>
        {
            seen = X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData());
            return true;
        });
        await tls.AuthenticateAsClientAsync("localhost");
        return seen!;
    }
}
