namespace SmartGateway.Firmware.Storage;

/// <summary>Files on the ESP32's internal LittleFS partition, mounted as I:\ (docs/NANO.md §6.5).</summary>
public static class FlashPaths
{
    public const string Root = "I:\\";
    public const string Config = "I:\\config.json";

    /// <summary>The rule image that runs, the one it replaced (rollback) and an upload being staged.</summary>
    public const string Rules = "I:\\rules.sgb";
    public const string RulesPrevious = "I:\\rules.prev.sgb";
    public const string RulesStaged = "I:\\rules.new.sgb";

    /// <summary>Compiled tariff calendar (sgc's tariff image), optional.</summary>
    public const string Tariffs = "I:\\tariffs.sgt";

    /// <summary>Device maps, one JSON file per model: I:\maps\WM3M4C.json (rules/devices format).</summary>
    public const string Maps = "I:\\maps\\";

    /// <summary>Pulse counter total, persisted every few minutes.</summary>
    public const string PulseTotal = "I:\\pulse.txt";

    /// <summary>Present at boot: run the embedded golden traces instead of the gateway (see SelfTest).</summary>
    public const string SelfTestFlag = "I:\\selftest";
    public const string SelfTestReport = "I:\\selftest.txt";
}
