namespace SmartGateway.Host.Rules;

/// <summary>
/// What a gateway with no stored automations or calendar starts with: the manual's two example
/// automations and the Slovenian network-tariff calendar, copied beside the program at build time.
/// </summary>
public sealed class RuleHostOptions
{
    public string DefaultsDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "defaults");

    public string DefaultCalendarPath => Path.Combine(DefaultsDirectory, "tariffs", "slovenia-network-2024.sgt");

    /// <summary>Every default rule file, in name order, as one rule set.</summary>
    public string DefaultRules()
    {
        string dir = Path.Combine(DefaultsDirectory, "rules");
        if (!Directory.Exists(dir)) return "";
        return string.Join("\n", Directory.EnumerateFiles(dir, "*.sgr").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }
}
