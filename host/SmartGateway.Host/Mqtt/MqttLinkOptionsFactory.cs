using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Protocol;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Mqtt;

/// <summary>MQTTnet client options for one link: TCP or TLS with mutual auth (a CA to trust the broker
/// by, and a client certificate + key), credentials, and an "offline" last will on the connection topic.</summary>
public static class MqttLinkOptionsFactory
{
    public static MqttClientOptions Create(LinkSettings link, MqttTopics topics, string clientId, FileArea files)
    {
        MqttClientOptionsBuilder builder = new MqttClientOptionsBuilder()
            .WithTcpServer(link.Server, link.Port)
            .WithClientId(clientId)
            .WithCleanStart(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(30))
            .WithTimeout(TimeSpan.FromSeconds(link.ResponseTime))
            .WithWillTopic(topics.Reply(MqttTopics.Connection))
            .WithWillPayload("offline")
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        if (link.Username.Length > 0) builder.WithCredentials(link.Username, link.Password);
        if (link.Protocol == "tls") builder.WithTlsOptions(tls => ConfigureTls(tls, link, files));
        return builder.Build();
    }

    private static void ConfigureTls(MqttClientTlsOptionsBuilder tls, LinkSettings link, FileArea files)
    {
        tls.UseTls().WithTargetHost(link.Server);
        if (link.ClientCertificate.Length > 0)
        {
            X509Certificate2 certificate = LoadClientCertificate(files.Certificate(link.ClientCertificate),
                link.ClientKey.Length > 0 ? files.Certificate(link.ClientKey) : null);
            tls.WithClientCertificates(new X509Certificate2Collection(certificate));
        }
        if (link.CaCertificate.Length > 0)
        {
            X509Certificate2 ca = X509CertificateLoader.LoadCertificateFromFile(files.Certificate(link.CaCertificate));
            tls.WithCertificateValidationHandler(args => TrustedBy(ca, args));
        }
    }

    /// <summary>The PEM pair re-imported through PKCS#12, so the TLS stack gets a key it can use on every platform.</summary>
    private static X509Certificate2 LoadClientCertificate(string certificatePath, string? keyPath)
    {
        using var pem = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>The broker's certificate must chain to the configured CA and match the server name.</summary>
    private static bool TrustedBy(X509Certificate2 ca, MqttClientCertificateValidationEventArgs args)
    {
        if (args.Certificate is null) return false;
        if ((args.SslPolicyErrors & (System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch
            | System.Net.Security.SslPolicyErrors.RemoteCertificateNotAvailable)) != 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using X509Certificate2 server = X509CertificateLoader.LoadCertificate(args.Certificate.GetRawCertData());
        return chain.Build(server);
    }
}
