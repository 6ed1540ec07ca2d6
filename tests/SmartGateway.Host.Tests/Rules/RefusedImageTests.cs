using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Host.Rules;

namespace SmartGateway.Host.Tests.Rules;

/// <summary>An image the verifier refuses is not swapped in, and the refusal says why and where.</summary>
public sealed class RefusedImageTests
{
    [Fact]
    public void ARefusedImageReportsTheVerifiersReasonAndByteOffsetAsSG9001AtTheSource()
    {
        CompilationResult compiled = Compilation.Compile("automations.sgr", Encoding.UTF8.GetBytes(ExampleRules.Hvac));
        byte[] image = (byte[])compiled.Image!.Clone();
        image[^1] ^= 0xFF;

        var loaded = LoadedRules.From(compiled with { Image = image }, "automations.sgr", ExampleRules.Hvac, "text", new DeviceReadings(),
            out IReadOnlyList<Diagnostic> diagnostics);

        Assert.Null(loaded);
        Diagnostic refusal = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("SG9001", "automations.sgr", 1, 1), (refusal.Code, refusal.Span.Path, refusal.Span.Line, refusal.Span.Column));
        Assert.Matches(@"invalid image: .+ at offset \d+$", refusal.Message);
    }

    [Fact]
    public void AnImageTheVerifierAcceptsLoadsWithTheCompilersDiagnosticsOnly()
    {
        CompilationResult compiled = Compilation.Compile("automations.sgr", Encoding.UTF8.GetBytes(ExampleRules.Hvac));

        var loaded = LoadedRules.From(compiled, "automations.sgr", ExampleRules.Hvac, "text", new DeviceReadings(),
            out IReadOnlyList<Diagnostic> diagnostics);

        Assert.NotNull(loaded);
        Assert.Equal(compiled.Diagnostics, diagnostics);
    }
}
