using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.Devices;

namespace SmartGateway.Host.Rules;

/// <summary>
/// Explains Unknown in the live preview (manual §4.5.5): every input without a value gets <c>last_valid</c> (when
/// its device last gave a good reading, ISO UTC; null when never since the gateway started), and a compare block
/// that is Unknown gets a <c>reason</c> naming those inputs and since when, on the gateway's clock. The VM knows
/// only that a value is missing; the device readings know since when, so this is a pass over
/// <see cref="LivePreview"/>'s answer.
/// </summary>
internal static class UnknownInputs
{
    /// <param name="localTime">The gateway's wall clock for a UTC instant (its POSIX time zone).</param>
    public static JsonObject Explain(JsonObject preview, Func<string, DeviceReading> reading, DateTime utcNow, Func<DateTime, DateTime> localTime)
    {
        foreach (JsonNode? automation in preview["automations"]!.AsArray())
            Node(automation!["condition"]!.AsObject(), reading, utcNow, localTime);
        return preview;
    }

    private static void Node(JsonObject node, Func<string, DeviceReading> reading, DateTime utcNow, Func<DateTime, DateTime> localTime)
    {
        if (node["children"] is JsonArray children)
            foreach (JsonNode? child in children) Node(child!.AsObject(), reading, utcNow, localTime);
        if (node["child"] is JsonObject not) Node(not, reading, utcNow, localTime);
        if (node["inputs"] is not JsonArray inputs) return;

        var missing = new List<string>();
        foreach (JsonNode? input in inputs)
        {
            JsonObject term = input!.AsObject();
            if (term["valid"]!.GetValue<bool>())
            {
                term["last_valid"] = null;
                continue;
            }
            string path = term["input"]!.GetValue<string>();
            DateTime at = reading(path).UpdatedUtc;
            // MinValue: the path was never read since the gateway started.
            bool ever = at != DateTime.MinValue;
            term["last_valid"] = ever ? new DateTimeOffset(at, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture) : null;
            missing.Add(ever
                ? string.Create(CultureInfo.InvariantCulture, $"{path} has no value since {localTime(at):HH:mm:ss} ({(long)(utcNow - at).TotalSeconds} s)")
                : $"{path} has had no value since the gateway started");
        }
        node["reason"] = node["state"]!.GetValue<string>() == "unknown" && missing.Count > 0 ? "Unknown: " + string.Join("; ", missing) : null;
    }
}
