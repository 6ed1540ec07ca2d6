using System.Text.Json;
using System.Text.Json.Serialization;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Upgrade;

/// <summary>What one installed bundle put in force, and what was in force before it (for rollback).</summary>
public sealed record InstalledBundle(
    string Version, DateTimeOffset Installed, BundleSource? Automations, BundleSource? Tariffs, string? WebUiDirectory);

/// <summary>The bundle in force and the state before it; kept in upgrade/state.json of the data directory.</summary>
public sealed record UpgradeState(InstalledBundle? Current, InstalledBundle? Previous);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(UpgradeState))]
internal sealed partial class UpgradeJsonContext : JsonSerializerContext;

/// <summary>
/// Installs verified bundles: the web UI is unpacked into a folder of its own first, then the automations and the
/// calendar are swapped in, then the web UI folder becomes the one served. What was in force before is kept, so
/// <see cref="RollbackAsync"/> puts it back (once; a rollback of a rollback reinstalls the bundle). A part that is
/// refused while swapping (it verified, so only a changed gateway could refuse it) undoes the parts already swapped.
/// </summary>
public sealed class UpgradeManager
{
    private readonly string _folder;
    private readonly IRuleEngine _rules;
    private readonly ITariffClock _clock;
    private readonly SourceStore _sources;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UpgradeState _state;

    public UpgradeManager(string dataDirectory, IRuleEngine rules, ITariffClock clock, SourceStore sources)
    {
        _folder = Path.Combine(Path.GetFullPath(dataDirectory), "upgrade");
        _rules = rules;
        _clock = clock;
        _sources = sources;
        _state = Load() ?? new UpgradeState(null, null);
    }

    public UpgradeState State => Volatile.Read(ref _state);

    /// <summary>The web UI folder in force; null = the one built into the host.</summary>
    public string? WebUiDirectory => State.Current?.WebUiDirectory;

    public async Task<IReadOnlyList<string>> InstallAsync(UpgradeBundle bundle, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            string? webUi = WebUiDirectory;
            if (bundle.WebUi != null) webUi = Unpack(bundle.WebUi);
            var target = new InstalledBundle(bundle.Version, DateTimeOffset.UtcNow, bundle.Automations, bundle.Tariffs, webUi);
            return await SwapAsync(target, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Puts back what was in force before the last install; false when there is nothing to go back to.</summary>
    public async Task<(bool Done, IReadOnlyList<string> Errors)> RollbackAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (State.Previous is not InstalledBundle previous) return (false, []);
            return (true, await SwapAsync(previous with { Installed = DateTimeOffset.UtcNow }, cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Swaps <paramref name="target"/> in; what is in force now becomes the previous state.</summary>
    private async Task<IReadOnlyList<string>> SwapAsync(InstalledBundle target, CancellationToken cancellationToken)
    {
        InstalledBundle before = Snapshot();
        var errors = new List<string>();
        if (target.Automations is BundleSource a)
        {
            RuleSwapResult r = await _rules.CompileAndSwapAsync(a.Text, a.Format == "json" ? RuleSourceFormat.Json : RuleSourceFormat.Text, cancellationToken);
            if (!r.Accepted) errors.AddRange(r.Diagnostics.Select(d => $"automations({d.Line},{d.Column}): {d.Severity} {d.Code}: {d.Message}"));
        }
        if (errors.Count == 0 && target.Tariffs is BundleSource t)
        {
            TariffLoadResult r = _clock.Load(t.Text, cancellationToken);
            if (r.Accepted) _sources.Save(SourceStore.Tariffs, t.Text, t.Format);
            else errors.AddRange(r.Diagnostics.Select(d => $"tariffs({d.Line},{d.Column}): {d.Severity} {d.Code}: {d.Message}"));
        }
        if (errors.Count > 0)
        {
            if (target.Automations != null && before.Automations is BundleSource old)
                await _rules.CompileAndSwapAsync(old.Text, old.Format == "json" ? RuleSourceFormat.Json : RuleSourceFormat.Text, cancellationToken);
            return errors;
        }
        Save(new UpgradeState(target, before));
        RemoveUnusedWebUis();
        return errors;
    }

    /// <summary>What is in force now, as a bundle that would put it back.</summary>
    private InstalledBundle Snapshot()
    {
        RuleSourceView rules = _rules.Current;
        StoredSource? tariffs = _sources.Get(SourceStore.Tariffs);
        return new InstalledBundle(State.Current?.Version ?? "built-in", DateTimeOffset.UtcNow,
            rules.Source.Length > 0 ? new BundleSource(rules.Source, rules.Format == RuleSourceFormat.Json ? "json" : "text") : null,
            tariffs != null ? new BundleSource(tariffs.Text, tariffs.Format) : null,
            WebUiDirectory);
    }

    private string Unpack(IReadOnlyDictionary<string, byte[]> files)
    {
        string directory = Path.Combine(_folder, "webui-" + DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture));
        string staging = directory + ".partial";
        foreach ((string? relative, byte[]? content) in files)
        {
            string path = Path.GetFullPath(Path.Combine(staging, relative));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        // Served only once complete: the rename is atomic.
        Directory.Move(staging, directory);
        return directory;
    }

    /// <summary>Keeps the web UI folders of the current and the previous state; older ones go.</summary>
    private void RemoveUnusedWebUis()
    {
        string?[] keep = new[] { State.Current?.WebUiDirectory, State.Previous?.WebUiDirectory };
        foreach (string directory in Directory.Exists(_folder) ? Directory.GetDirectories(_folder, "webui-*") : [])
            if (!keep.Contains(directory)) Directory.Delete(directory, recursive: true);
    }

    private UpgradeState? Load()
    {
        string path = Path.Combine(_folder, "state.json");
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), UpgradeJsonContext.Default.UpgradeState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Save(UpgradeState state)
    {
        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, "state.json");
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(state, UpgradeJsonContext.Default.UpgradeState));
        File.Move(path + ".tmp", path, overwrite: true);
        Volatile.Write(ref _state, state);
    }
}
