using System.Text;
using FsCheck;
using FsCheck.Xunit;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Nodes;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Rules;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>Switching one automation on or off edits only that automation's header (DSL) or its "enabled" member
/// (JSON): comments, blank lines and the other automations stay exactly as written.</summary>
public sealed class AutomationSourceEditTests
{
    private const string Dsl = """
        # Two automations and some comments the edit must keep.
        automation "Evening" on change {   // why: cheap hours
          when time.hour >= 18
          then mqtt 1 "evening" "yes"
        }

        automation "High load" disabled continuous {
          when ir.left.P > 10 kW
          then mqtt 1 "load" "high"   # noisy
        }

        """;

    [Fact]
    public void DisablingPutsTheKeywordRightAfterTheNameAndChangesNothingElse()
    {
        EnabledEdit edit = AutomationSourceEdit.SetEnabled(Dsl, RuleSourceFormat.Text, 0, enabled: false);
        Assert.Equal(Dsl.Replace("automation \"Evening\" on change {", "automation \"Evening\" disabled on change {", StringComparison.Ordinal), edit.Source);
        Assert.Equal(("Evening", true), (edit.Name, edit.Changed));
    }

    [Fact]
    public void EnablingTakesTheKeywordAndItsBlankOut()
    {
        EnabledEdit edit = AutomationSourceEdit.SetEnabled(Dsl, RuleSourceFormat.Text, 1, enabled: true);
        Assert.Equal(Dsl.Replace("\"High load\" disabled continuous", "\"High load\" continuous", StringComparison.Ordinal), edit.Source);
    }

    [Fact]
    public void AnAutomationAlreadyInThatStateLeavesTheSourceAlone()
    {
        EnabledEdit edit = AutomationSourceEdit.SetEnabled(Dsl, RuleSourceFormat.Text, 1, enabled: false);
        Assert.Equal((Dsl, false, (string?)null), (edit.Source, edit.Changed, edit.Error));
    }

    [Fact]
    public void AMissingIndexOrASourceThatDoesNotParseIsAnErrorAndNoSource()
    {
        EnabledEdit missing = AutomationSourceEdit.SetEnabled(Dsl, RuleSourceFormat.Text, 2, enabled: false);
        Assert.Equal((null, null, "no automation 2 (there are 2, numbered from 0)"), (missing.Source, missing.Name, missing.Error));
        EnabledEdit broken = AutomationSourceEdit.SetEnabled("automation \"x\" on change {", RuleSourceFormat.Text, 0, enabled: false);
        Assert.Equal((null, AutomationSourceEdit.DoesNotParse), (broken.Source, broken.Error));
    }

    [Fact]
    public void InJsonTheEnabledLiteralIsReplacedOrInsertedWithTheObjectsOwnSpacing()
    {
        const string json = """
            {
              "automations": [
                {
                  "name": "Evening",
                  "mode": "on_change",
                  "condition": {"compare": {"inputs": [{"sign": "+", "input": "time.hour"}], "op": ">=", "value": 18}},
                  "on_true": [{"mqtt": {"link": 1, "subtopic": "evening", "message": "yes"}}]
                },
                {"name": "High load", "enabled": false, "mode": "continuous",
                 "condition": {"compare": {"inputs": [{"sign": "+", "input": "ir.left.P"}], "op": ">", "value": 10000}}}
              ]
            }
            """;
        EnabledEdit disabled = AutomationSourceEdit.SetEnabled(json, RuleSourceFormat.Json, 0, enabled: false);
        Assert.Equal(json.Replace("{\n      \"name\": \"Evening\"", "{\n      \"enabled\": false,\n      \"name\": \"Evening\"", StringComparison.Ordinal),
            disabled.Source);
        EnabledEdit enabled = AutomationSourceEdit.SetEnabled(json, RuleSourceFormat.Json, 1, enabled: true);
        Assert.Equal(json.Replace("\"enabled\": false", "\"enabled\": true", StringComparison.Ordinal), enabled.Source);
    }

    [Fact]
    public void AByteOrderMarkStaysInFront()
    {
        EnabledEdit edit = AutomationSourceEdit.SetEnabled("\uFEFF" + Dsl, RuleSourceFormat.Text, 0, enabled: false);
        Assert.StartsWith("\uFEFF# Two automations", edit.Source, StringComparison.Ordinal);
        Assert.Contains("\"Evening\" disabled on change", edit.Source, StringComparison.Ordinal);
    }

    /// <summary>For every rule file of the repository, in both formats, and every automation in it: switching it and
    /// switching it back gives the source back byte for byte, and in between only that automation changed.</summary>
    [Fact]
    public void EveryAutomationOfTheExampleRulesSwitchesAndSwitchesBackToTheSameBytes()
    {
        IEnumerable<string> files = Directory.GetFiles(RepoFile("rules/examples"), "*.sgr").Concat(Directory.GetFiles(RepoFile("rules/conformance"), "*.sgr"));
        int checkedAutomations = 0;
        foreach (string file in files)
        {
            string text = File.ReadAllText(file);
            string json = SourceConverter.Automations(text, RuleSourceFormat.Text, toJson: true).Source!;
            foreach ((string? source, RuleSourceFormat format) in new[] { (text, RuleSourceFormat.Text), (json, RuleSourceFormat.Json) })
                for (int index = 0; index < Enabled(source, format).Count; index++)
                {
                    SwitchesBack(source, format, index);
                    checkedAutomations++;
                }
        }
        Assert.True(checkedAutomations > 10, $"only {checkedAutomations} automations checked");
    }

    /// <summary>The DSL header with any white space and comments between its tokens: disabling and enabling again gives
    /// the same bytes; enabling a disabled one changes only it (the blank before the keyword goes with it).</summary>
    [Property(MaxTest = 200)]
    public void AnyHeaderLayoutSwitchesAndSwitchesBack(NonNegativeInt[] gaps, bool disabled)
    {
        string[] blanks = [" ", "\t", "  ", " # note\n", " // note\n", "\n  ", "\r\n"];
        string Gap(int n) => gaps.Length == 0 ? " " : blanks[gaps[n % gaps.Length].Get % blanks.Length];
        string source = "automation" + Gap(0) + "\"A \\\"quoted\\\" name\"" + Gap(1) + (disabled ? "disabled" + Gap(2) : "")
            + "on" + Gap(3) + "change" + Gap(4) + "{\n  when time.hour >= 6\n  then mqtt 1 \"a\" \"b\"\n}\n"
            + "automation \"Second\" on change {\n  when time.hour < 6\n  then mqtt 1 \"c\" \"d\"\n}\n";
        SwitchesBack(source, RuleSourceFormat.Text, 0, exactly: !disabled);
    }

    /// <summary>Switches one automation and back; <paramref name="exactly"/>: the second edit restores every byte.</summary>
    private static void SwitchesBack(string source, RuleSourceFormat format, int index, bool exactly = true)
    {
        List<bool> before = Enabled(source, format);
        EnabledEdit there = AutomationSourceEdit.SetEnabled(source, format, index, !before[index]);
        Assert.True(there.Source != null, there.Error);
        bool[] expected = before.ToArray();
        expected[index] = !before[index];
        Assert.Equal(expected, Enabled(there.Source!, format));
        EnabledEdit back = AutomationSourceEdit.SetEnabled(there.Source!, format, index, before[index]);
        Assert.Equal(before, Enabled(back.Source!, format));
        if (exactly) Assert.Equal(source, back.Source);
    }

    private static List<bool> Enabled(string source, RuleSourceFormat format)
    {
        var diagnostics = new DiagnosticBag();
        RuleSetSyntax syntax = Compilation.Parse(format == RuleSourceFormat.Json ? "a.json" : "a.sgr", Encoding.UTF8.GetBytes(source), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return syntax.Automations.Select(a => a.Enabled).ToList();
    }
}
