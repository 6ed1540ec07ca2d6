using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Security;

/// <summary>
/// The certificate Kestrel serves HTTPS with (an https:// address in Urls turns HTTPS on): a PEM certificate and
/// key uploaded to the File manager and named by <c>Gateway:Https:Certificate</c> / <c>Gateway:Https:Key</c>, or
/// else a self-signed one generated on first start into {DataDirectory}/https/ (0700, key 0600) and kept.
/// </summary>
public static class HttpsCertificate
{
    public const string Section = "Gateway:Https";
    private static readonly TimeSpan Validity = TimeSpan.FromDays(3650);

    public static X509Certificate2 Load(IConfiguration configuration, string dataDirectory)
    {
        string certificate = configuration[$"{Section}:Certificate"] ?? "";
        string key = configuration[$"{Section}:Key"] ?? "";
        if (certificate.Length > 0)
        {
            var files = new FileArea(dataDirectory);
            return Import(files.Certificate(certificate), key.Length > 0 ? files.Certificate(key) : null);
        }
        string directory = Path.Combine(Path.GetFullPath(dataDirectory), "https");
        PrivateFiles.CreateDirectory(directory);
        string certificatePath = Path.Combine(directory, "gateway.crt");
        string keyPath = Path.Combine(directory, "gateway.key");
        if (!File.Exists(certificatePath) || !File.Exists(keyPath)) Generate(certificatePath, keyPath);
        return Import(certificatePath, keyPath);
    }

    /// <summary>Self-signed, for the names a LAN client reaches the gateway by: its host name, localhost, loopback.</summary>
    private static void Generate(string certificatePath, string keyPath)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        string name = Dns.GetHostName();
        var request = new CertificateRequest($"CN={name}, O=SmartGateway", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(name);
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        using X509Certificate2 certificate = request.CreateSelfSigned(now.AddDays(-1), now + Validity);
        Write(keyPath, key.ExportPkcs8PrivateKeyPem());
        Write(certificatePath, certificate.ExportCertificatePem());
    }

    private static void Write(string path, string pem)
    {
        File.Delete(path);
        using FileStream file = PrivateFiles.CreateFile(path);
        using var writer = new StreamWriter(file);
        writer.Write(pem);
    }

    /// <summary>The PEM pair re-imported through PKCS#12, so TLS gets a key it can use on every platform.</summary>
    private static X509Certificate2 Import(string certificatePath, string? keyPath)
    {
        using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }
}
