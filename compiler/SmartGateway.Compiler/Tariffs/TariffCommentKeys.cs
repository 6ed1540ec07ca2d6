using SmartGateway.Compiler.Syntax.Comments;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// Names of the places a comment of a tariff calendar can belong to (the <see cref="CommentMap"/> keys, the
/// same for the DSL and the JSON): "timezone", "tariff/0" (first tariff), "season/1" (second season's first
/// line), "season/1/0" (its first schedule entry), "season/1/end" (the brace closing it), "holiday/2".
/// </summary>
public static class TariffCommentKeys
{
    public const string TimeZone = "timezone";
    public const string End = "end";

    /// <summary>The document's slot (its JSON name is the member it stands for).</summary>
    public static readonly (string Key, string Json)[] DocumentSlots = [(TimeZone, "timezone")];

    /// <summary>A season's line of its own besides its first: the closing brace.</summary>
    public static readonly (string Key, string Json)[] SeasonSlots = [(End, "end")];

    public static string Tariff(int index) => CommentKeys.Item("tariff", index);

    public static string Season(int index) => CommentKeys.Item("season", index);

    public static string Entry(string season, int index) => CommentKeys.Item(season, index);

    public static string Holiday(int index) => CommentKeys.Item("holiday", index);
}
