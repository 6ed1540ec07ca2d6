namespace SmartGateway.Compiler.Syntax.Comments;

/// <summary>
/// Names of the places a comment can belong to, by position in the rule set's structure (the same for
/// the syntax tree, the bound tree and the JSON), e.g. "2" (automation 2's first line), "2/min-on",
/// "2/c" (its condition), "2/c/1/0" (first block of its condition's second block), "2/then", "2/t/0"
/// (first On True action), "2/then-end" (the brace closing On True), "2/else", "2/f/0", "2/else-end",
/// "2/end" (the brace closing the automation).
/// </summary>
public static class CommentKeys
{
    public const string MinOn = "min-on";
    public const string MinOff = "min-off";
    public const string Then = "then";
    public const string ThenEnd = "then-end";
    public const string Else = "else";
    public const string ElseEnd = "else-end";
    public const string End = "end";

    /// <summary>The automation slots in the order their lines are printed, with their JSON names.</summary>
    public static readonly (string Key, string Json)[] AutomationSlots =
        [(MinOn, "min_on"), (MinOff, "min_off"), (Then, "then"), (ThenEnd, "then_end"), (Else, "else"), (ElseEnd, "else_end"), (End, "end")];

    public static string Automation(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Slot(string automation, string slot) => $"{automation}/{slot}";

    public static string Condition(string automation) => $"{automation}/c";

    public static string Item(string parent, int index) => $"{parent}/{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string Action(string automation, bool onTrue, int index) =>
        $"{automation}/{(onTrue ? "t" : "f")}/{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
