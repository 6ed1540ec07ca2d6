using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SmartGateway.Host.Tests.Support;

/// <summary>A throw-away CA with a server certificate (127.0.0.1) and a client certificate, as PEM files.</summary>
public sealed class TestCertificates
{
    public TestCertificates(string directory)
    {
        DateTimeOffset notBefore = DateTimeOffset.UtcNow.AddMinutes(-5);
        DateTimeOffset notAfter = notBefore.AddDays(1);

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=SmartGateway Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using X509Certificate2 ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        Ca = Write(directory, "ca", ca, caKey);
        (Server, ServerKey) = Issue(directory, "server", "CN=127.0.0.1", ca, notBefore, notAfter, serverAuth: true);
        (Client, ClientKey) = Issue(directory, "client", "CN=sg-gateway", ca, notBefore, notAfter, serverAuth: false);
    }

    public string Ca { get; }
    public string Server { get; }
    public string ServerKey { get; }
    public string Client { get; }
    public string ClientKey { get; }

    /// <summary>What a gateway needs in its File manager to use these.</summary>
    public IReadOnlyList<string> GatewayFiles => [Ca, Client, ClientKey];

    private static (string Certificate, string Key) Issue(
        string directory, string name, string subject, X509Certificate2 ca, DateTimeOffset notBefore, DateTimeOffset notAfter, bool serverAuth)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        if (serverAuth)
        {
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
            request.CertificateExtensions.Add(san.Build());
        }
        using X509Certificate2 certificate = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(8));
        string certificatePath = Write(directory, name, certificate, key);
        return (certificatePath, Path.Combine(directory, name + ".key"));
    }

    private static string Write(string directory, string name, X509Certificate2 certificate, ECDsa key)
    {
        string path = Path.Combine(directory, name + ".crt");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, name + ".key"), key.ExportPkcs8PrivateKeyPem());
        return path;
    }
}
