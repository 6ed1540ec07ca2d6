using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Rules;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Host.Upgrade;

/// <summary>A source in a bundle: its text and format ("text" or "json").</summary>
public sealed record BundleSource(string Text, string Format);

/// <summary>
/// The host's counterpart of a firmware upgrade (manual §4.1.9): a zip holding <c>bundle.json</c>
/// (<c>{"version": "…"}</c>) and any of <c>automations.sgr|json</c>, <c>tariffs.sgt|json</c> and a web UI under
/// <c>webui/</c> (with <c>webui/index.html</c>). <see cref="Read"/> checks every part — the automations compile and
/// their image verifies, the calendar compiles, the web UI is complete and its paths stay inside it — before
/// anything is swapped in.
/// </summary>
public sealed class UpgradeBundle
{
    public const long MaxBytes = 8 * 1024 * 1024;
    public const string WebUiFolder = "webui/";

    public required string Version { get; init; }
    public BundleSource? Automations { get; init; }
    public BundleSource? Tariffs { get; init; }

    /// <summary>Web UI files by path below webui/, or null when the bundle brings none.</summary>
    public IReadOnlyDictionary<string, byte[]>? WebUi { get; init; }

    /// <summary>The bundle, or null with the reasons (file: message) it was refused.</summary>
    public static (UpgradeBundle? Bundle, IReadOnlyList<string> Errors) Read(byte[] zip, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        Dictionary<string, byte[]> entries;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long total = 0;
            foreach (ZipArchiveEntry entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                // Sizes are checked as declared and as read: a zip bomb stops at the limit either way.
                total += entry.Length;
                if (total > MaxBytes) return (null, [$"bundle: unpacks to more than {MaxBytes} bytes"]);
                using Stream stream = entry.Open();
                var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }
        }
        catch (InvalidDataException exception)
        {
            return (null, [$"bundle: not a zip file ({exception.Message})"]);
        }

        string? version = null;
        if (!entries.TryGetValue("bundle.json", out byte[]? manifest)) errors.Add("bundle.json: missing (it names the version: {\"version\": \"1.2\"})");
        else
        {
            try
            {
                using var document = JsonDocument.Parse(manifest);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("version", out JsonElement v)
                    && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0)
                    version = v.GetString()!.Trim();
                else errors.Add("bundle.json: \"version\" must be a non-empty string");
            }
            catch (JsonException exception)
            {
                errors.Add($"bundle.json: {exception.Message}");
            }
        }

        BundleSource? automations = Source(entries, "automations", "sgr", errors);
        if (automations != null) VerifyAutomations(automations, errors, cancellationToken);
        BundleSource? tariffs = Source(entries, "tariffs", "sgt", errors);
        if (tariffs != null) VerifyTariffs(tariffs, errors, cancellationToken);

        Dictionary<string, byte[]>? webUi = null;
        var webFiles = entries.Where(e => e.Key.StartsWith(WebUiFolder, StringComparison.Ordinal)).ToList();
        if (webFiles.Count > 0)
        {
            webUi = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach ((string? name, byte[]? content) in webFiles)
            {
                string relative = name[WebUiFolder.Length..];
                if (!IsSafePath(relative)) errors.Add($"{name}: the path must stay inside webui/ (no .., no absolute paths)");
                else webUi[relative] = content;
            }
            if (!webUi.ContainsKey("index.html")) errors.Add("webui/index.html: missing (a web UI starts there)");
        }

        foreach (string name in entries.Keys)
            if (name != "bundle.json" && !name.StartsWith(WebUiFolder, StringComparison.Ordinal) && !IsSourceName(name))
                errors.Add($"{name}: not part of a bundle (bundle.json, automations.sgr|json, tariffs.sgt|json, webui/…)");
        if (automations == null && tariffs == null && webUi == null && errors.Count == 0) errors.Add("bundle: holds neither automations, tariffs nor a web UI");
        if (errors.Count > 0) return (null, errors);
        return (new UpgradeBundle { Version = version!, Automations = automations, Tariffs = tariffs, WebUi = webUi }, errors);
    }

    private static bool IsSourceName(string name) => name is "automations.sgr" or "automations.json" or "tariffs.sgt" or "tariffs.json";

    private static bool IsSafePath(string relative) =>
        relative.Length > 0 && !relative.StartsWith('/') && !relative.Contains('\\')
        && relative.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static BundleSource? Source(Dictionary<string, byte[]> entries, string name, string textExtension, List<string> errors)
    {
        bool text = entries.TryGetValue($"{name}.{textExtension}", out byte[]? dsl);
        bool json = entries.TryGetValue($"{name}.json", out byte[]? doc);
        if (text && json) errors.Add($"{name}: both {name}.{textExtension} and {name}.json; a bundle carries one");
        return text ? new BundleSource(Encoding.UTF8.GetString(dsl!), "text") : json ? new BundleSource(Encoding.UTF8.GetString(doc!), "json") : null;
    }

    private static void VerifyAutomations(BundleSource source, List<string> errors, CancellationToken cancellationToken)
    {
        string path = source.Format == "json" ? "automations.json" : "automations.sgr";
        CompilationResult compiled = Compilation.Compile(path, Encoding.UTF8.GetBytes(source.Text), cancellationToken);
        foreach (RuleDiagnostic? d in compiled.Diagnostics.Select(RuleHost.ToRuleDiagnostic).Where(d => d.Severity == "error"))
            errors.Add($"{path}({d.Line},{d.Column}): error {d.Code}: {d.Message}");
        if (compiled.Image != null && !Verifier.Load(compiled.Image, out _).IsValid) errors.Add($"{path}: the compiled image does not verify");
        else if (compiled.Image == null && !errors.Any(e => e.StartsWith(path, StringComparison.Ordinal))) errors.Add($"{path}: does not compile");
    }

    private static void VerifyTariffs(BundleSource source, List<string> errors, CancellationToken cancellationToken)
    {
        string path = source.Format == "json" ? "tariffs.json" : "tariffs.sgt";
        TariffCompilation compiled = TariffCompiler.Compile(path, source.Text, cancellationToken);
        foreach (RuleDiagnostic d in compiled.Diagnostics.Items.Select(RuleHost.ToRuleDiagnostic).Where(d => d.Severity == "error"))
            errors.Add($"{path}({d.Line},{d.Column}): error {d.Code}: {d.Message}");
        if (compiled.Load() == null && !errors.Any(e => e.StartsWith(path, StringComparison.Ordinal))) errors.Add($"{path}: the calendar does not load");
    }
}
