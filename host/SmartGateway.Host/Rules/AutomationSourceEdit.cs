using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Compiler.Syntax.Nodes;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Rules;

/// <summary>The outcome of <see cref="AutomationSourceEdit.SetEnabled"/>: the edited source (null on error), the
/// automation's name, and whether anything changed.</summary>
public sealed record EnabledEdit(string? Source, string? Name, bool Changed, string? Error);

/// <summary>
/// Switches one automation on or off by the smallest edit of its source at that automation's span: the DSL's
/// <c>disabled</c> keyword after the name is added or removed, the JSON member <c>"enabled"</c> has its literal
/// replaced (or <c>"enabled": false,</c> inserted before the first member, with the same spacing). Every other
/// character — comments, formatting, the other automations — stays as the user wrote it.
/// </summary>
public static class AutomationSourceEdit
{
    public const string DoesNotParse = "the automations in force do not parse";
    private const string Disabled = "disabled";

    public static EnabledEdit SetEnabled(string source, RuleSourceFormat format, int index, bool enabled)
    {
        // Both front ends skip a byte-order mark, so positions count from after it.
        string bom = source.StartsWith('\uFEFF') ? "\uFEFF" : "";
        string text = source[bom.Length..];
        RuleSetSyntax? syntax = Parse(text, format);
        if (syntax == null) return new EnabledEdit(null, null, false, DoesNotParse);
        if (index < 0 || index >= syntax.Automations.Count)
            return new EnabledEdit(null, null, false, $"no automation {index} (there are {syntax.Automations.Count}, numbered from 0)");
        AutomationSyntax automation = syntax.Automations[index];
        if (automation.Enabled == enabled) return new EnabledEdit(source, automation.Name, false, null);

        string? edited = format == RuleSourceFormat.Json ? EditJson(text, index, enabled) : EditDsl(text, automation.Span, enabled);
        // The edit is checked by parsing it again: the same automations, only this one switched.
        RuleSetSyntax? check = edited == null ? null : Parse(edited, format);
        if (check == null || check.Automations.Count != syntax.Automations.Count
            || check.Automations[index].Enabled != enabled || check.Automations[index].Name != automation.Name)
            return new EnabledEdit(null, automation.Name, false, $"automation {index} could not be edited in place");
        return new EnabledEdit(bom + edited, automation.Name, true, null);
    }

    private static RuleSetSyntax? Parse(string text, RuleSourceFormat format)
    {
        var diagnostics = new DiagnosticBag();
        string path = format == RuleSourceFormat.Json ? "automations.json" : "automations.sgr";
        RuleSetSyntax syntax = Compilation.Parse(path, Encoding.UTF8.GetBytes(text), diagnostics);
        return diagnostics.HasErrors ? null : syntax;
    }

    /// <summary><c>automation "name" [disabled] …</c>: the keyword goes right after the name.</summary>
    private static string? EditDsl(string text, SourceSpan span, bool enabled)
    {
        int start = Offset(text, span, countsCodePoints: false);
        if (start < 0 || string.CompareOrdinal(text, start, "automation", 0, "automation".Length) != 0) return null;
        int afterName = EndOfString(text, SkipSpace(text, start + "automation".Length));
        if (afterName < 0) return null;
        if (!enabled) return text.Insert(afterName, " " + Disabled);
        int keyword = SkipSpace(text, afterName);
        int end = keyword + Disabled.Length;
        if (string.CompareOrdinal(text, keyword, Disabled, 0, Disabled.Length) != 0 || (end < text.Length && IsWordChar(text[end]))) return null;
        // Take the blanks before the keyword with it (what disabling inserted); at the start of a line the ones after.
        int before = keyword;
        while (before > afterName && text[before - 1] is ' ' or '\t') before--;
        if (before < keyword && text[before - 1] is not ('\n' or '\r')) return text.Remove(before, end - before);
        int after = end;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return text.Remove(keyword, after - keyword);
    }

    /// <summary>The automation object's <c>"enabled"</c> literal, or a new member in front of the first one.</summary>
    private static string? EditJson(string text, int index, bool enabled)
    {
        var diagnostics = new DiagnosticBag();
        if (JsonDom.Parse("automations.json", Encoding.UTF8.GetBytes(text), diagnostics) is not JObject root
            || root["automations"] is not JArray list || index >= list.Items.Count || list.Items[index] is not JObject automation
            || automation.Members.Count == 0)
            return null;
        string literal = enabled ? "true" : "false";
        if (automation["enabled"] is JBool current)
        {
            int at = Offset(text, current.Span, countsCodePoints: true);
            int length = current.Value ? "true".Length : "false".Length;
            return at < 0 ? null : text.Remove(at, length).Insert(at, literal);
        }
        int open = Offset(text, automation.Span, countsCodePoints: true);
        int first = Offset(text, automation.Members[0].NameSpan, countsCodePoints: true);
        if (open < 0 || first <= open) return null;
        string spacing = text[(open + 1)..first];
        return text.Insert(first, "\"enabled\": " + literal + "," + (spacing.Length > 0 ? spacing : " "));
    }

    /// <summary>The string index of a 1-based line and column: the DSL counts UTF-16 units, the JSON reader code points.</summary>
    private static int Offset(string text, SourceSpan span, bool countsCodePoints)
    {
        int p = 0;
        for (int line = 1; line < span.Line; line++)
        {
            p = text.IndexOf('\n', p);
            if (p < 0) return -1;
            p++;
        }
        for (int column = 1; column < span.Column; column++)
        {
            if (p >= text.Length || text[p] == '\n') return -1;
            p += countsCodePoints && char.IsHighSurrogate(text[p]) ? 2 : 1;
        }
        return p;
    }

    /// <summary>The index after the closing quote of the string literal at <paramref name="p"/>; -1 if there is none.</summary>
    private static int EndOfString(string text, int p)
    {
        if (p >= text.Length || text[p] != '"') return -1;
        for (p++; p < text.Length && text[p] != '\n'; p++)
        {
            if (text[p] == '\\') p++;
            else if (text[p] == '"') return p + 1;
        }
        return -1;
    }

    /// <summary>White space and <c>#</c> / <c>//</c> comments, as the DSL's lexer skips them.</summary>
    private static int SkipSpace(string text, int p)
    {
        while (p < text.Length)
        {
            if (char.IsWhiteSpace(text[p])) p++;
            else if (text[p] == '#' || (text[p] == '/' && p + 1 < text.Length && text[p + 1] == '/'))
                while (p < text.Length && text[p] != '\n') p++;
            else break;
        }
        return p;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
