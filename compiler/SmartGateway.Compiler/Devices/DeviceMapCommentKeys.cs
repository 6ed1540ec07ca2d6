using SmartGateway.Compiler.Syntax.Comments;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Names of the places a comment of a device map can belong to (the <see cref="CommentMap"/> keys, the same
/// for the .sgd DSL and the JSON): one per statement, by its keyword, and for repeated statements its index
/// among them: "model", "matches", "notes/1", "identification", "readable/0", "measurement/3", "counter/0",
/// "bicom", "writable/2", "communication".
/// </summary>
public static class DeviceMapCommentKeys
{
    public const string Model = "model";
    public const string Matches = "matches";
    public const string Identification = "identification";
    public const string Bicom = "bicom";
    public const string Communication = "communication";

    /// <summary>The document's slots: the statements that are plain members of the JSON document.</summary>
    public static readonly (string Key, string Json)[] DocumentSlots = [(Model, "model"), (Matches, "matches")];

    /// <summary>The key of a statement that can repeat ("notes", "readable", "measurement", "counter", "writable").</summary>
    public static string Repeated(string keyword, int index) => CommentKeys.Item(keyword, index);
}
