using SmartGateway.Compiler.Syntax;
using static SmartGateway.Compiler.Tests.Diagnosed;

namespace SmartGateway.Compiler.Tests;

/// <summary>docs/FORMATS.md "Limits": too large a source is refused before it is parsed or bound, where the limit is crossed.</summary>
public class SourceLimitTests
{
    private const string Item = "tariff == 1";

    [Fact]
    public void ADslSourceWithOneComparisonTooManyIsRefusedAtItsOperator()
    {
        string when = string.Join(" or ", Enumerable.Repeat(Item, SourceLimits.MaxComparisons + 1));
        // "  when " is seven columns; each item and its " or " fifteen; "==" is the item's eighth column.
        Error(Automation(when), "SG2001", 2, 8 + 15 * SourceLimits.MaxComparisons + 7);
    }

    [Fact]
    public void ComparisonSignsInCommentsAndTextsAreNotCounted()
    {
        string signs = new('<', SourceLimits.MaxComparisons + 1);
        // A text holds at most 4096 bytes, so the texts' signs are spread over 17 messages.
        string publish = string.Join("; ", Enumerable.Repeat($"mqtt 1 \"x\" \"{new string('>', 4000)}\"", 17));
        Ok($"# {signs}\n// {signs}\n" + Automation("tariff == 1", "{ " + publish + " }"));
    }

    [Fact]
    public void AOneLineJsonSourceWithOneComparisonTooManyIsRefusedAtThatComparison()
    {
        const string head = """{"automations":[{"name":"a","mode":"on_change","condition":{"or":[""";
        const string item = """{"compare":{"inputs":[{"input":"tariff"}],"op":"==","value":1}}""";
        string json = head + string.Join(",", Enumerable.Repeat(item, SourceLimits.MaxComparisons + 1)) + "]}}]}";
        // The comparison's span is its "compare" object, eleven columns into the item.
        Error(json, "SG2001", 1, head.Length + 1 + (item.Length + 1) * SourceLimits.MaxComparisons + 11, "rules.json");
    }

    [Fact]
    public void ASourceLargerThanTheLimitIsRefusedAtItsFirstByteTooMany()
    {
        byte[] source = new byte[SourceLimits.MaxSourceBytes + 1];
        Array.Fill(source, (byte)'#');
        source[0] = (byte)'\n';
        CompilationResult r = Compilation.Compile("rules.sgr", source);
        Assert.Equal("rules.sgr(2,67108864): error SG2001: rule set is too large: more than 67108864 bytes of source", Assert.Single(r.Diagnostics).ToString());
    }
}
