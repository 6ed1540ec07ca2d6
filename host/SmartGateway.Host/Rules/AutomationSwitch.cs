using SmartGateway.Host.Gateway;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Rules;

public enum AutomationSwitchOutcome
{
    /// <summary>The edited source was compiled and swapped in; it runs from the next tick.</summary>
    Switched,

    /// <summary>The automation already was in that state: nothing was edited or compiled.</summary>
    Unchanged,

    /// <summary>There is no automation at that index.</summary>
    NotFound,

    /// <summary>The source in force does not parse, so it cannot be edited in place.</summary>
    NotEditable,

    /// <summary>The edited source does not compile; the previous automations keep running.</summary>
    Refused,
}

/// <summary>What switching an automation did; <paramref name="Swap"/> is set when a compilation was tried.</summary>
public sealed record AutomationSwitchResult(
    AutomationSwitchOutcome Outcome, int Index, string? Name, bool Enabled, RuleSwapResult? Swap, string? Error);

/// <summary>Enables or disables one automation: a minimal edit of the stored source (<see cref="AutomationSourceEdit"/>),
/// then compile-and-swap exactly as <c>POST /api/automations</c> does. The one path for the REST route and the MQTT
/// (Home Assistant) command; edits are serialised so two switches never overwrite each other's change.</summary>
public sealed class AutomationSwitch(IRuleEngine rules, CompileGate compiler, EventLog log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The automations running now, in order, with whether each is enabled (as the live preview shows them).</summary>
    public IReadOnlyList<(string Name, bool Enabled)> List() =>
        (rules.Preview(0, int.MaxValue)["automations"] as System.Text.Json.Nodes.JsonArray ?? [])
            .Select(a => (a?["name"]?.GetValue<string>() ?? "", a?["enabled"]?.GetValue<bool>() == true)).ToList();

    public async Task<AutomationSwitchResult> SetEnabledAsync(int index, bool enabled, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            RuleSourceView current = rules.Current;
            EnabledEdit edit = AutomationSourceEdit.SetEnabled(current.Source, current.Format, index, enabled);
            if (edit.Source == null)
            {
                AutomationSwitchOutcome outcome = edit.Name == null && edit.Error != AutomationSourceEdit.DoesNotParse
                    ? AutomationSwitchOutcome.NotFound : AutomationSwitchOutcome.NotEditable;
                return new AutomationSwitchResult(outcome, index, edit.Name, !enabled, null, edit.Error);
            }
            if (!edit.Changed) return new AutomationSwitchResult(AutomationSwitchOutcome.Unchanged, index, edit.Name, enabled, null, null);
            RuleSwapResult swap = await compiler.RunAsync(token => rules.CompileAndSwapAsync(edit.Source, current.Format, token).GetAwaiter().GetResult(),
                cancellationToken);
            string what = $"automation {index} \"{edit.Name}\" {(enabled ? "enabled" : "disabled")}";
            log.Append(swap.Accepted ? EventLog.Info : EventLog.Error, "automations",
                swap.Accepted ? what : $"{what} refused ({swap.Diagnostics.Count} diagnostics); the previous automations keep running");
            return swap.Accepted
                ? new AutomationSwitchResult(AutomationSwitchOutcome.Switched, index, edit.Name, enabled, swap, null)
                : new AutomationSwitchResult(AutomationSwitchOutcome.Refused, index, edit.Name, !enabled, swap, "the edited automations do not compile");
        }
        finally
        {
            _gate.Release();
        }
    }
}
