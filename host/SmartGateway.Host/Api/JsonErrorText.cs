using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmartGateway.Host.Api;

/// <summary>What a client needs to hear about bad JSON — where and why — without the serializer's .NET type
/// names, which say nothing to a client and something to an attacker.</summary>
public static partial class JsonErrorText
{
    public static string Describe(JsonException exception)
    {
        string where = exception.LineNumber is long line ? $" (line {line + 1}, column {exception.BytePositionInLine + 1})" : "";
        return $"invalid JSON at {(string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path)}{where}: {Reason(exception.Message)}";
    }

    private static string Reason(string message)
    {
        if (message.Contains("uplicate", StringComparison.Ordinal)) return "a member appears twice";
        if (UnknownMember().Match(message) is { Success: true } unknown) return $"unknown member '{unknown.Groups[1].Value}'";
        if (Missing().Match(message) is { Success: true } missing) return $"required members missing: {missing.Groups[1].Value}";
        if (message.Contains("could not be converted", StringComparison.Ordinal)) return "a value has the wrong type";
        if (message.Contains("null", StringComparison.Ordinal) && message.Contains("nullab", StringComparison.OrdinalIgnoreCase)) return "a value must not be null";
        string text = message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0].Trim();
        return QualifiedName().IsMatch(text) ? "the document is not valid here" : text;
    }

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"missing required properties including: (.*?)\.?$")]
    private static partial Regex Missing();

    /// <summary>Something.Like.A.Type — never shown to clients.</summary>
    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_`]*\.[A-Z][A-Za-z0-9_`]*")]
    private static partial Regex QualifiedName();
}
