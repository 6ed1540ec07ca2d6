namespace SmartGateway.Host.Api.Contracts;

/// <summary>
/// GET /api/automations/preview (host/webui/API-NEEDS.md §2.3). The preview is built as JSON under the tick's lock
/// (Rules/LivePreview, Rules/UnknownInputs); these records are its contract: they give the OpenAPI document, and so
/// the web UI's generated types, its schema, and a host test reads real answers into them refusing unknown members.
/// Everything but <see cref="Running"/> and <see cref="Automations"/> is absent while no rule set runs.
/// </summary>
public sealed record PreviewResponse
{
    public required bool Running { get; init; }
    public long? Tick { get; init; }
    public string? ImageHash { get; init; }
    public int? Total { get; init; }
    public int? Offset { get; init; }
    public required IReadOnlyList<PreviewAutomation> Automations { get; init; }
}

/// <summary>One automation: its result (<paramref name="State"/>), the result after min on / min off
/// (<paramref name="Effective"/>), the branch whose actions ran last and how many seconds ago, and its condition tree.</summary>
public sealed record PreviewAutomation(
    int Index, string Name, bool Enabled, string Mode, string State, string Effective, long? HoldRemaining, string? Reason,
    string? Branch, long? BranchRanAgo, PreviewNode Condition, IReadOnlyList<string> OnTrue, IReadOnlyList<string> OnFalse);

/// <summary>A block of the condition tree: and/or have <see cref="Children"/>, not has <see cref="Child"/>, a compare
/// has the rest (values in base units: W, V …; <see cref="OnAt"/>/<see cref="OffAt"/> are the band edges).</summary>
public sealed record PreviewNode
{
    public required string Type { get; init; }
    public required string State { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<PreviewNode>? Children { get; init; }
    public PreviewNode? Child { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<PreviewInput>? Inputs { get; init; }
    public double? Sum { get; init; }
    public string? Op { get; init; }
    public double? Value { get; init; }
    public double? Hysteresis { get; init; }
    public string? Unit { get; init; }
    public double? OnAt { get; init; }
    public double? OffAt { get; init; }
    public string? Band { get; init; }
    public string? BandText { get; init; }
    public string? CompareState { get; init; }
    public string? Latched { get; init; }
    public long? For { get; init; }
    public long? ForRemaining { get; init; }
}

/// <summary>A term of a compare: its value (null when the input has none) and, when it has none, since when
/// (<paramref name="LastValid"/>, null when never since the gateway started).</summary>
public sealed record PreviewInput(string Sign, string Input, double? Value, bool Valid, DateTimeOffset? LastValid);
