using System;
using System.IO;
using nanoFramework.Networking;
using SmartGateway.Firmware.Storage;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Firmware.Time;

/// <summary>
/// UTC from the ESP32 clock kept by SNTP, turned into local time by the runtime's POSIX time-zone rules and
/// into the active tariff by the runtime's tariff calendar (nanoFramework has only UTC: docs/NANO.md §1.2).
/// Until SNTP has set the clock, time and tariff inputs are invalid, so time rules stay Unknown.
/// </summary>
public sealed class GatewayClock
{
    /// <summary>Before this (2024-01-01) the clock has not been set since boot.</summary>
    private const long ValidAfterUtc = 1704067200;

    private readonly PosixTimeZone _zone;
    private readonly TariffCalendar _tariffs;

    public GatewayClock(string posixRule, out string error)
    {
        error = "";
        int offset;
        _zone = PosixTimeZone.Parse(posixRule, out error, out offset);
        if (_zone == null)
        {
            error = "time zone \"" + posixRule + "\" at " + offset.ToString() + ": " + error + "; using UTC";
            _zone = PosixTimeZone.Parse("UTC0", out _, out _);
        }
        _tariffs = LoadTariffs(ref error);
    }

    public PosixTimeZone Zone => _zone;

    /// <summary>The compiled tariff calendar from flash, or null when none is installed.</summary>
    public TariffCalendar Tariffs => _tariffs;

    public static void StartSntp(string server)
    {
        if (server.Length > 0) Sntp.Server1 = server;
        if (!Sntp.IsStarted) Sntp.Start();
        Sntp.UpdateNow();
    }

    public static long UtcSeconds() => DateTime.UtcNow.ToUnixTimeSeconds();

    public static bool IsSet(long utcSeconds) => utcSeconds >= ValidAfterUtc;

    private static TariffCalendar LoadTariffs(ref string error)
    {
        if (!File.Exists(FlashPaths.Tariffs)) return null;
        TariffCalendar calendar;
        TariffReadResult verdict = TariffImageReader.Read(File.ReadAllBytes(FlashPaths.Tariffs), out calendar);
        if (verdict.IsValid) return calendar;
        error = (error.Length > 0 ? error + "; " : "") + "tariff image refused: " + verdict.ToString();
        return null;
    }
}
