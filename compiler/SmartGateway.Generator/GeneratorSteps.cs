namespace SmartGateway.Generator;

/// <summary>Names of the tracked pipeline steps; the incremental tests look them up in the driver's run result.</summary>
public static class GeneratorSteps
{
    public const string RuleFiles = nameof(RuleFiles);
    public const string RuleImages = nameof(RuleImages);
    public const string GoldenTraces = nameof(GoldenTraces);
}
