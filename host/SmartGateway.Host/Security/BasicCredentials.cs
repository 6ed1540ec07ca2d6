using System.Text;

namespace SmartGateway.Host.Security;

/// <summary>Credentials in the SG's form: a cookie <c>Authorization=Basic base64(user:pass)</c> (what Home
/// Assistant sends) or the standard <c>Authorization: Basic</c> header.</summary>
public sealed record BasicCredentials(string Username, string Password)
{
    /// <summary>The raw Cookie header is parsed by hand: ASP.NET's cookie collection drops a value with a space.</summary>
    public static BasicCredentials? From(HttpRequest request)
    {
        foreach (string? header in request.Headers.Cookie)
        {
            if (header is null) continue;
            foreach (string pair in header.Split(';'))
            {
                int equals = pair.IndexOf('=');
                if (equals < 0 || pair[..equals].Trim() != "Authorization") continue;
                string value = Uri.UnescapeDataString(pair[(equals + 1)..].Trim().Trim('"'));
                if (Parse(value) is BasicCredentials fromCookie) return fromCookie;
            }
        }
        foreach (string? header in request.Headers.Authorization)
            if (header is not null && Parse(header) is BasicCredentials fromHeader) return fromHeader;
        return null;
    }

    /// <summary>"Basic base64(user:pass)"; anything else is null.</summary>
    public static BasicCredentials? Parse(string value)
    {
        const string prefix = "Basic ";
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value[prefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        int colon = decoded.IndexOf(':');
        return colon < 0 ? null : new BasicCredentials(decoded[..colon], decoded[(colon + 1)..]);
    }

    public string ToHeaderValue() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Username + ":" + Password));
}
