using SmartGateway.Compiler.Tariffs;

namespace SmartGateway.Time.Tests;

/// <summary>Canonical DSL and JSON are interchangeable: each compiles to the same image as the original.</summary>
public class TariffFormatterTests
{
    public static readonly TheoryData<string> Files = new() { "slovenia-network-2024.sgt", "italy-arera-f1f2f3.sgt", "croatia-hep-bijeli.json" };

    [Theory]
    [MemberData(nameof(Files))]
    public void CanonicalDslAndJsonCompileToTheSameImage(string file)
    {
        TariffCompilation original = TariffCompiler.CompileFile(Path.Combine(AppContext.BaseDirectory, "tariffs", file));
        Assert.True(original.Success);
        TariffCompilation viaDsl = TariffCompiler.Compile("x.sgt", TariffFormatter.ToDsl(original.Model!));
        TariffCompilation viaJson = TariffCompiler.Compile("x.json", TariffFormatter.ToJson(original.Model!));
        Assert.Empty(viaDsl.Diagnostics.Items);
        Assert.Empty(viaJson.Diagnostics.Items);
        Assert.Equal(original.Image, viaDsl.Image);
        Assert.Equal(original.Image, viaJson.Image);
    }

    [Fact]
    public void CanonicalDslIsAFixedPoint()
    {
        TariffCompilation c = TariffCompiler.CompileFile(Path.Combine(AppContext.BaseDirectory, "tariffs", "italy-arera-f1f2f3.sgt"));
        string once = TariffFormatter.ToDsl(c.Model!);
        Assert.Equal(once, TariffFormatter.ToDsl(TariffCompiler.Compile("x.sgt", once).Model!));
    }

    [Fact]
    public void QuotesBackslashesAndLineBreaksInNamesSurviveTheDsl()
    {
        const string json = """
            { "version": 1, "timezone": "UTC0",
              "tariffs": [ { "id": 1, "name": "say \"hi\" \\ bye\nnow", "price": 0.125 } ],
              "seasons": [ { "name": "All", "start": "01-01", "days": ["workday", "weekend"], "schedule": [ { "hour": 0, "tariff": 1 } ] } ] }
            """;
        TariffCompilation fromJson = TariffCompiler.Compile("x.json", json);
        TariffCompilation fromDsl = TariffCompiler.Compile("x.sgt", TariffFormatter.ToDsl(fromJson.Model!));
        Assert.Equal("say \"hi\" \\ bye\nnow", fromDsl.Model!.Tariffs[0].Name);
        Assert.Equal(fromJson.Image, fromDsl.Image);
    }
}
