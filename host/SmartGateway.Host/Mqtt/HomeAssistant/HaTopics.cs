using System.Text;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Mqtt.HomeAssistant;

/// <summary>
/// Where one link's Home Assistant discovery lives. Configs: <c>{prefix}/{component}/{node}/{object}/config</c>
/// (Home Assistant's discovery topic, node = the gateway's serial number); states: one retained JSON document per
/// device under the link's own tree, <c>{root}/{publish}/ha/{device}</c>; availability: the link's
/// <c>connection</c> topic, whose "offline" is the last will; commands: the link's §4.7 command topic.
/// </summary>
public sealed partial class HaTopics(string prefix, string gatewaySerial, MqttTopics link)
{
    public const string StateFolder = "ha";

    public string Prefix { get; } = prefix;

    /// <summary>The discovery node id: the gateway's serial, reduced to the characters Home Assistant accepts.</summary>
    public string Node { get; } = Id(gatewaySerial);

    public MqttTopics Link { get; } = link;

    /// <summary>Every config this gateway may have left under the prefix.</summary>
    public string ConfigFilter => $"{Prefix}/+/{Node}/+/config";

    public string Availability => Link.Reply(MqttTopics.Connection);

    public string Commands => Link.Commands;

    /// <summary>Where the gateway sends itself a marker after subscribing to <see cref="ConfigFilter"/>: the broker
    /// delivers it after every retained config, so its arrival means the read-back is complete.</summary>
    public string Sync => Link.Reply(StateFolder + "/sync");

    public string Config(string component, string objectId) => $"{Prefix}/{component}/{Node}/{objectId}/config";

    public string State(string deviceKey) => Link.Reply(StateFolder + "/" + deviceKey);

    /// <summary>The component and object id of one of this node's config topics; null for anything else.</summary>
    public (string Component, string ObjectId)? ParseConfig(string topic)
    {
        if (!topic.StartsWith(Prefix + "/", StringComparison.Ordinal)) return null;
        Match match = ConfigTopic().Match(topic[(Prefix.Length + 1)..]);
        return match.Success && match.Groups["node"].Value == Node ? (match.Groups["component"].Value, match.Groups["object"].Value) : null;
    }

    /// <summary>Node and object ids may only hold [a-zA-Z0-9_-] (Home Assistant's discovery topic pattern).</summary>
    public static string Id(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (char c in text.Trim()) id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        return id.Length > 0 ? id.ToString() : "_";
    }

    /// <summary>Why a discovery prefix cannot be used (Home Assistant subscribes to <c>{prefix}/#</c>), or null.</summary>
    public static string? PrefixError(string prefix)
    {
        if (prefix.Length == 0) return "must not be empty";
        if (prefix.IndexOfAny(['+', '#', '\0']) >= 0) return "must not contain +, # or NUL";
        if (prefix.StartsWith('/') || prefix.EndsWith('/') || prefix.Contains("//", StringComparison.Ordinal))
            return "must not start or end with / or have an empty level";
        return null;
    }

    [GeneratedRegex(@"^(?<component>\w+)/(?<node>[a-zA-Z0-9_-]+)/(?<object>[a-zA-Z0-9_-]+)/config$")]
    private static partial Regex ConfigTopic();
}
