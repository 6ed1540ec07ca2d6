using System.Text;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// Stable ids for automations, from their names ("PV surplus water heater" → <c>pv_surplus_water_heater</c>):
/// unlike an index they survive adding or reordering automations, and they are safe inside a topic, a unique id,
/// JSON and a Home Assistant template. A second automation with the same id gets <c>_2</c>, and so on.
/// </summary>
public static class AutomationIds
{
    private const int MaxLength = 48;

    public static string[] Assign(IReadOnlyList<string> names)
    {
        string[] ids = new string[names.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < names.Count; n++)
        {
            string id = Slug(names[n]);
            string candidate = id;
            for (int k = 2; !used.Add(candidate); k++) candidate = $"{id}_{k}";
            ids[n] = candidate;
        }
        return ids;
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '_') slug.Append('_');
            if (slug.Length == MaxLength) break;
        }
        string text = slug.ToString().Trim('_');
        return text.Length > 0 ? text : "automation";
    }
}
