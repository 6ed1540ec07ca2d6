using System.Collections.Concurrent;

namespace SmartGateway.Host.Security;

/// <summary>
/// Limits password guessing without letting an attacker lock the owner out:
/// <list type="bullet">
/// <item>per (user, client): <see cref="FreeFailures"/> wrong passwords, then a lockout of 1 s, 2 s, 4 s … <see cref="MaxLockout"/>;</item>
/// <item>per client, whatever the user name: <see cref="FreeClientFailures"/>, then the same back-off (no user-name rotation);</item>
/// <item>a global ceiling of <see cref="GuessesPerMinute"/> wrong passwords a minute (burst <see cref="GuessBurst"/>) over
/// all clients that never logged in, so rotating addresses does not multiply the guesses. Clients that did
/// log in as that user before are trusted and never wait on the ceiling, so a flood from elsewhere cannot
/// lock them out.</item>
/// </list>
/// Only wrong credentials count; a request without credentials is no guess.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int FreeFailures = 5;
    public const int FreeClientFailures = 20;
    public const int GuessesPerMinute = 30;
    public const int GuessBurst = 30;
    public static readonly TimeSpan MaxLockout = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 10_000;
    private static readonly TimeSpan TrustFor = TimeSpan.FromDays(30);

    private readonly ConcurrentDictionary<string, Failures> _failures = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _trusted = new();
    private readonly object _bucketGate = new();
    private double _tokens = GuessBurst;
    private DateTimeOffset _refilled = time.GetUtcNow();

    /// <summary>How long the client must wait before its next try as <paramref name="user"/>; zero = it may try now.</summary>
    public TimeSpan RetryAfter(string user, string client)
    {
        DateTimeOffset now = time.GetUtcNow();
        TimeSpan wait = TimeSpan.Zero;
        foreach (string? key in new[] { PairKey(user, client), ClientKey(client) })
            if (_failures.TryGetValue(key, out Failures? f) && f.LockedUntil - now > wait) wait = f.LockedUntil - now;
        if (wait == TimeSpan.Zero && !IsTrusted(user, client, now))
        {
            lock (_bucketGate)
            {
                Refill(now);
                if (_tokens < 1) wait = TimeSpan.FromMinutes((1 - _tokens) / GuessesPerMinute);
            }
        }
        return wait;
    }

    /// <summary>Records a wrong password; returns the wait it now imposes (zero while guesses are free).</summary>
    public TimeSpan Failed(string user, string client)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (!IsTrusted(user, client, now))
        {
            lock (_bucketGate)
            {
                Refill(now);
                _tokens = Math.Max(0, _tokens - 1);
            }
        }
        if (_failures.Count > MaxEntries) Forget(now);
        Failures pair = _failures.AddOrUpdate(PairKey(user, client), _ => Failures.First(now, FreeFailures), (_, f) => f.Next(now, FreeFailures));
        Failures any = _failures.AddOrUpdate(ClientKey(client), _ => Failures.First(now, FreeClientFailures), (_, f) => f.Next(now, FreeClientFailures));
        DateTimeOffset until = pair.LockedUntil > any.LockedUntil ? pair.LockedUntil : any.LockedUntil;
        return until > now ? until - now : TimeSpan.Zero;
    }

    public void Succeeded(string user, string client)
    {
        DateTimeOffset now = time.GetUtcNow();
        _failures.TryRemove(PairKey(user, client), out _);
        _failures.TryRemove(ClientKey(client), out _);
        if (_trusted.Count > MaxEntries)
            foreach ((string? key, DateTimeOffset at) in _trusted)
                if (now - at > TrustFor) _trusted.TryRemove(key, out _);
        if (_trusted.Count <= MaxEntries) _trusted[PairKey(user, client)] = now;
    }

    private bool IsTrusted(string user, string client, DateTimeOffset now) =>
        _trusted.TryGetValue(PairKey(user, client), out DateTimeOffset at) && now - at <= TrustFor;

    private void Refill(DateTimeOffset now)
    {
        _tokens = Math.Min(GuessBurst, _tokens + (now - _refilled).TotalMinutes * GuessesPerMinute);
        _refilled = now;
    }

    /// <summary>Drops entries that lock nothing, so many addresses cannot grow the table without bound.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach ((string? key, Failures? failures) in _failures)
            if (failures.LockedUntil <= now) _failures.TryRemove(key, out _);
    }

    private static string PairKey(string user, string client) => "u\n" + user + "\n" + client;

    private static string ClientKey(string client) => "c\n" + client;

    private sealed record Failures(int Count, DateTimeOffset LockedUntil)
    {
        public static Failures First(DateTimeOffset now, int free) => new Failures(0, now).Next(now, free);

        public Failures Next(DateTimeOffset now, int free)
        {
            int count = Count + 1;
            if (count < free) return new Failures(count, DateTimeOffset.MinValue);
            double seconds = Math.Min(MaxLockout.TotalSeconds, Math.Pow(2, Math.Min(30, count - free)));
            return new Failures(count, now + TimeSpan.FromSeconds(seconds));
        }
    }
}
