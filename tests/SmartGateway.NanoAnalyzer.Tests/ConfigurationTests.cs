namespace SmartGateway.NanoAnalyzer.Tests;

/// <summary>The check refuses to run half-configured, and checks the project settings of shared code.</summary>
public class ConfigurationTests
{
    private const string Source = "namespace Probe\n{\n    class P { }\n}\n";

    [Fact]
    public void NoApiListsIsAnError() =>
        NanoCheck.Run(Source, lists: Array.Empty<string>()).Reported("NANO000", "no API lists");

    [Fact]
    public void AlternativeFlavoursTogetherAreAnError() =>
        NanoCheck.Run(Source, lists: new[] { "mscorlib", "mscorlib.NoReflection" }).Reported("NANO000", "mscorlib.txt and mscorlib.NoReflection.txt");

    [Fact]
    public void UnpinnedLangVersionIsAnError() =>
        NanoCheck.Run(Source, langVersion: "latest").Reported("NANO017", "LangVersion 'latest'");

    [Fact]
    public void CheckForOverflowUnderflowIsAnError() =>
        NanoCheck.Run(Source, checkOverflow: true).Reported("NANO017", "CheckForOverflowUnderflow");

    [Fact]
    public void NoReflectionFlavourLacksGetType() =>
        NanoCheck.Run("namespace Probe\n{\n    class P { object M(object o) => o.GetType(); }\n}\n", lists: new[] { "mscorlib.NoReflection" })
            .Reported("NANO001", "object.GetType()");
}
