using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Security;

public enum AuthVerdict { Allowed, Refused, LockedOut }

public readonly record struct AuthDecision(AuthVerdict Verdict, TimeSpan RetryAfter);

/// <summary>Decides whether a request's credentials open the protected resources, with a per-client
/// back-off: after <see cref="FreeFailures"/> failures in a row a client is refused (even with the right
/// password) for 1 s, then 2 s, 4 s … up to <see cref="MaxLockout"/>.</summary>
/// <remarks>PBKDF2 is deliberately slow, and Home Assistant sends its cookie on every request, so a
/// credential that verified once is remembered (as an HMAC under a per-process key) until the
/// username or password changes.</remarks>
public sealed class AuthGate
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(5);
    private const int MaxTrackedClients = 10_000;

    private readonly SettingsStore _settings;
    private readonly TimeProvider _time;
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, byte> _verified = new();
    private readonly ConcurrentDictionary<string, Failures> _failures = new();
    private string _verifiedFor = "";

    public AuthGate(SettingsStore settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
    }

    public bool Enabled => _settings.Current.Auth.Enabled;

    public AuthDecision Check(BasicCredentials? credentials, string client)
    {
        var now = _time.GetUtcNow();
        if (_failures.TryGetValue(client, out var failures) && failures.LockedUntil > now)
            return new AuthDecision(AuthVerdict.LockedOut, failures.LockedUntil - now);
        if (credentials is not null && Matches(credentials))
        {
            _failures.TryRemove(client, out _);
            return new AuthDecision(AuthVerdict.Allowed, TimeSpan.Zero);
        }
        if (_failures.Count > MaxTrackedClients) Forget(now);
        var updated = _failures.AddOrUpdate(client, _ => Failures.First(now), (_, f) => f.Next(now));
        return new AuthDecision(AuthVerdict.Refused, updated.LockedUntil > now ? updated.LockedUntil - now : TimeSpan.Zero);
    }

    /// <summary>Drops clients that are not locked out, so a scan from many addresses cannot grow the table without bound.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (client, failures) in _failures)
            if (failures.LockedUntil <= now) _failures.TryRemove(client, out _);
    }

    private bool Matches(BasicCredentials credentials)
    {
        var auth = _settings.Current.Auth;
        var version = auth.Username + "\n" + auth.PasswordHash;
        if (!string.Equals(Volatile.Read(ref _verifiedFor), version, StringComparison.Ordinal))
        {
            _verified.Clear();
            Volatile.Write(ref _verifiedFor, version);
        }
        var mac = Convert.ToBase64String(HMACSHA256.HashData(_cacheKey, Encoding.UTF8.GetBytes(credentials.Username + ":" + credentials.Password)));
        if (_verified.ContainsKey(mac)) return true;

        var ok = string.Equals(credentials.Username, auth.Username, StringComparison.Ordinal)
            && (auth.PasswordHash.Length == 0
                ? CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credentials.Password), Encoding.UTF8.GetBytes(PasswordHasher.DefaultPassword))
                : PasswordHasher.Verify(credentials.Password, auth.PasswordHash));
        if (ok) _verified[mac] = 0;
        return ok;
    }

    private sealed record Failures(int Count, DateTimeOffset LockedUntil)
    {
        public static Failures First(DateTimeOffset now) => new Failures(0, now).Next(now);

        public Failures Next(DateTimeOffset now)
        {
            var count = Count + 1;
            if (count < FreeFailures) return new Failures(count, DateTimeOffset.MinValue);
            var seconds = Math.Min(MaxLockout.TotalSeconds, Math.Pow(2, count - FreeFailures));
            return new Failures(count, now + TimeSpan.FromSeconds(seconds));
        }
    }
}
