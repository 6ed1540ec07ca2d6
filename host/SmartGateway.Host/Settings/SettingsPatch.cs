using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Security;

namespace SmartGateway.Host.Settings;

/// <summary>The settings as the API shows them (no secrets) and a partial update applied to them.</summary>
/// <remarks>An update is a JSON object merged member by member into the current settings (arrays of
/// objects element by element, so a link posted without its password keeps it); <c>auth.password</c>
/// is hashed, never stored. The merged document must deserialize strictly and pass <see cref="Validate"/>.</remarks>
public static class SettingsPatch
{
    public static JsonObject ToPublic(GatewaySettings settings)
    {
        JsonObject node = JsonNode.Parse(SettingsStoreJson(settings))!.AsObject();
        node["auth"]!.AsObject().Remove("password_hash");
        node["auth"]!.AsObject()["password_set"] = settings.Auth.PasswordHash.Length > 0;
        foreach (JsonNode? link in node["links"]!.AsArray())
        {
            JsonObject obj = link!.AsObject();
            obj["password_set"] = obj["password"]!.GetValue<string>().Length > 0;
            obj.Remove("password");
        }
        return node;
    }

    /// <summary>The member that carries the password in force when a patch changes authentication.</summary>
    public const string CurrentPassword = "current_password";

    /// <summary>Changing the password or user name, or switching authentication off, needs the password in
    /// force (<c>auth.current_password</c>), so a borrowed session or a forged request cannot lock the owner out.</summary>
    public static bool NeedsCurrentPassword(GatewaySettings current, JsonObject patch)
    {
        if (patch["auth"] is not JsonObject auth) return false;
        if (auth.ContainsKey("password")) return true;
        if (auth["username"] is JsonValue user && user.TryGetValue(out string? name) && name != current.Auth.Username) return true;
        return current.Auth.Enabled && auth["enabled"] is JsonValue enabled && enabled.TryGetValue(out bool on) && !on;
    }

    /// <summary>The new settings, or an error message naming the offending member.</summary>
    public static (GatewaySettings? Settings, string? Error) Apply(GatewaySettings current, JsonObject patch)
    {
        string? newPassword = null;
        if (patch["auth"] is JsonObject auth)
        {
            if (auth["password"] is JsonNode password)
            {
                if (password.GetValueKind() != JsonValueKind.String) return (null, "auth.password must be a string");
                newPassword = password.GetValue<string>();
                if (newPassword.Length == 0) return (null, "auth.password must not be empty");
                auth.Remove("password");
            }
            if (auth.ContainsKey("password_hash")) return (null, "auth.password_hash cannot be set; post auth.password");
            auth.Remove("password_set");
            auth.Remove(CurrentPassword);
        }
        if (patch["links"] is JsonArray links)
            foreach (JsonNode? link in links)
                (link as JsonObject)?.Remove("password_set");

        JsonObject merged = JsonNode.Parse(SettingsStoreJson(current))!.AsObject();
        Merge(merged, patch);
        GatewaySettings? settings;
        try
        {
            settings = merged.Deserialize(SettingsJsonContext.Default.GatewaySettings);
        }
        catch (JsonException exception)
        {
            return (null, Api.JsonErrorText.Describe(exception));
        }
        if (settings is null) return (null, "settings must be a JSON object");
        if (newPassword is not null) settings = settings with { Auth = settings.Auth with { PasswordHash = PasswordHasher.Hash(newPassword) } };
        return Validate(settings) is string error ? (null, error) : (settings, null);
    }

    public static string? Validate(GatewaySettings settings)
    {
        if (settings.Auth.Username.Trim().Length == 0) return "auth.username must not be empty";
        if (settings.Features.LocalModbusAddress is < 1 or > 247) return "features.local_modbus_address must be 1..247";
        if (settings.Features.ModbusTcpPort is < 1 or > 65535) return "features.modbus_tcp_port must be 1..65535";
        if (settings.Links.Count != 2) return "links must have exactly 2 entries";
        for (int n = 0; n < settings.Links.Count; n++)
        {
            LinkSettings link = settings.Links[n];
            if (link.Mode is not ("disabled" or "mqtt" or "tcp")) return $"links[{n}].mode must be disabled, mqtt or tcp";
            if (link.Protocol is not ("tcp" or "tls")) return $"links[{n}].protocol must be tcp or tls";
            if (link.Port is < 1 or > 65535) return $"links[{n}].port must be 1..65535";
            if (link.ResponseTime is < 1 or > 3600) return $"links[{n}].response_time must be 1..3600 s";
            if (link.Mode != "disabled" && link.Server.Trim().Length == 0) return $"links[{n}].server must be set when the link is enabled";
            if (link.SubscribeTopic.Trim().Length == 0 || link.PublishTopic.Trim().Length == 0)
                return $"links[{n}]: subscribe_topic and publish_topic must not be empty";
            foreach ((string? member, string? file) in new[] { ("ca_certificate", link.CaCertificate), ("client_certificate", link.ClientCertificate), ("client_key", link.ClientKey) })
                if (file.Length > 0 && !Gateway.FileArea.IsValidName(file))
                    return $"links[{n}].{member} must name a file in the File manager ({Gateway.FileArea.NameRule})";
            if (Mqtt.HomeAssistant.HaTopics.PrefixError(link.DiscoveryPrefix) is string prefixError)
                return $"links[{n}].discovery_prefix {prefixError}";
        }
        if (AddressAllowList.Parse(settings.Features.ModbusWriteClients, out string? notAnAddress) is null)
            return $"features.modbus_write_clients: \"{notAnAddress}\" is neither an address nor a network (192.168.1.20, 192.168.1.0/24)";
        for (int n = 0; n < settings.Push.Count; n++)
        {
            DevicePushSettings push = settings.Push[n];
            if (push.Slot is < 0 or >= Gateway.DeviceSlot.Count) return $"push[{n}].slot must be 0..{Gateway.DeviceSlot.Count - 1}";
            if (push.Link1Interval < 0 || push.Link2Interval < 0) return $"push[{n}]: intervals must be >= 0 s";
        }
        for (int n = 0; n < settings.Recorders.Count; n++)
        {
            RecorderSettings recorder = settings.Recorders[n];
            if (recorder.Source is not ("device" or "pulse")) return $"recorders[{n}].source must be device or pulse";
            if (recorder.CounterKind is not ("non_resettable" or "resettable")) return $"recorders[{n}].counter_kind must be non_resettable or resettable";
            if (recorder.Counter is < 1 or > 16) return $"recorders[{n}].counter must be 1..16";
            if (recorder.Slot is < 0 or >= Gateway.DeviceSlot.Count) return $"recorders[{n}].slot must be 0..{Gateway.DeviceSlot.Count - 1}";
        }
        for (int n = 0; n < settings.CounterTariffs.Count; n++)
        {
            CounterTariffSettings assigned = settings.CounterTariffs[n];
            if (assigned.Slot is < 0 or >= Gateway.DeviceSlot.Count) return $"counter_tariffs[{n}].slot must be 0..{Gateway.DeviceSlot.Count - 1}";
            if (assigned.CounterKind is not ("non_resettable" or "resettable")) return $"counter_tariffs[{n}].counter_kind must be non_resettable or resettable";
            if (assigned.Counter is < 1 or > 16) return $"counter_tariffs[{n}].counter must be 1..16";
            if (assigned.Tariffs.Count == 0 || assigned.Tariffs.Any(t => t is < 1 or > 5) || assigned.Tariffs.Distinct().Count() != assigned.Tariffs.Count)
                return $"counter_tariffs[{n}].tariffs must list distinct tariffs 1..5";
            if (settings.CounterTariffs.Take(n).Any(o => o.Slot == assigned.Slot && o.CounterKind == assigned.CounterKind && o.Counter == assigned.Counter))
                return $"counter_tariffs[{n}]: that counter is assigned already";
        }
        if (settings.Rs485.Parity is not ("none" or "odd" or "even")) return "rs485.parity must be none, odd or even";
        if (settings.Rs485.StopBits is not (1 or 2)) return "rs485.stop_bits must be 1 or 2";
        if (settings.Rs485.Addresses.Any(a => a is < 1 or > 247)) return "rs485.addresses must be Modbus addresses 1..247";
        if (settings.Rs485.Addresses.Distinct().Count() != settings.Rs485.Addresses.Count) return "rs485.addresses must not repeat an address";
        if (settings.Ir.RightMode is not ("controlled" or "not_connected")) return "ir.right_mode must be controlled or not_connected";
        return null;
    }

    private static string SettingsStoreJson(GatewaySettings settings) =>
        JsonSerializer.Serialize(settings, SettingsJsonContext.Default.GatewaySettings);

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach ((string? key, JsonNode? value) in patch.ToArray())
        {
            patch.Remove(key);
            if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
                Merge(targetObject, patchObject);
            else if (value is JsonArray patchArray && target[key] is JsonArray targetArray)
                target[key] = MergeArray(targetArray, patchArray);
            else
                target[key] = value;
        }
    }

    private static JsonArray MergeArray(JsonArray target, JsonArray patch)
    {
        var result = new JsonArray();
        for (int n = 0; n < patch.Count; n++)
        {
            JsonNode? item = patch[n];
            patch[n] = null;
            if (item is JsonObject patchObject && n < target.Count && target[n] is JsonObject targetObject)
            {
                JsonObject copy = targetObject.DeepClone().AsObject();
                Merge(copy, patchObject);
                result.Add(copy);
            }
            else
            {
                result.Add(item);
            }
        }
        return result;
    }
}
