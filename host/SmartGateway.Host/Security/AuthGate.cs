using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Security;

public enum AuthVerdict { Allowed, Refused, LockedOut }

public readonly record struct AuthDecision(AuthVerdict Verdict, TimeSpan RetryAfter);

/// <summary>Decides whether a request's credentials open the protected resources; guessing is limited by
/// <see cref="LoginThrottle"/>.</summary>
/// <remarks>
/// Every credential not verified before costs exactly one PBKDF2 hash, whether the user exists or not and
/// whether a password was ever set (the default password is checked against a hash of it made at start), so
/// timing tells nothing about user names. PBKDF2 is deliberately slow and Home Assistant sends its cookie
/// on every request, so a credential that verified once is remembered (as an HMAC under a per-process key)
/// until the username or password changes.
/// </remarks>
public sealed class AuthGate
{
    public const int FreeFailures = LoginThrottle.FreeFailures;

    private readonly SettingsStore _settings;
    private readonly LoginThrottle _throttle;
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, byte> _verified = new();
    private readonly string _defaultHash = PasswordHasher.Hash(PasswordHasher.DefaultPassword);
    private readonly string _dummyHash = PasswordHasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    private string _verifiedFor = "";

    public AuthGate(SettingsStore settings, LoginThrottle throttle)
    {
        _settings = settings;
        _throttle = throttle;
    }

    public bool Enabled => _settings.Current.Auth.Enabled;

    /// <summary>No credentials is a refusal but no guess: it never counts toward a lockout.</summary>
    public AuthDecision Check(BasicCredentials? credentials, string client)
    {
        if (credentials is null) return new AuthDecision(AuthVerdict.Refused, TimeSpan.Zero);
        TimeSpan wait = _throttle.RetryAfter(credentials.Username, client);
        if (wait > TimeSpan.Zero) return new AuthDecision(AuthVerdict.LockedOut, wait);
        if (Matches(credentials))
        {
            _throttle.Succeeded(credentials.Username, client);
            return new AuthDecision(AuthVerdict.Allowed, TimeSpan.Zero);
        }
        return new AuthDecision(AuthVerdict.Refused, _throttle.Failed(credentials.Username, client));
    }

    /// <summary>The password in force, checked (and throttled) like a login of the configured user.</summary>
    public AuthDecision CheckCurrentPassword(string password, string client) =>
        Check(new BasicCredentials(_settings.Current.Auth.Username, password), client);

    private bool Matches(BasicCredentials credentials)
    {
        AuthSettings auth = _settings.Current.Auth;
        string version = auth.Username + "\n" + auth.PasswordHash;
        if (!string.Equals(Volatile.Read(ref _verifiedFor), version, StringComparison.Ordinal))
        {
            _verified.Clear();
            Volatile.Write(ref _verifiedFor, version);
        }
        string mac = Convert.ToBase64String(HMACSHA256.HashData(_cacheKey, Encoding.UTF8.GetBytes(credentials.Username + ":" + credentials.Password)));
        if (_verified.ContainsKey(mac)) return true;

        bool knownUser = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credentials.Username), Encoding.UTF8.GetBytes(auth.Username));
        string stored = !knownUser ? _dummyHash : auth.PasswordHash.Length == 0 ? _defaultHash : auth.PasswordHash;
        bool ok = PasswordHasher.Verify(credentials.Password, stored) && knownUser;
        if (ok) _verified[mac] = 0;
        return ok;
    }
}
