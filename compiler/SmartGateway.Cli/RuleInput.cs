using System.Text;
using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Tariffs;
using SmartGateway.Compiler.Traces;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Cli;

/// <summary>
/// Loads what a command was given: rule source (DSL or JSON) compiled to an image, or a compiled
/// .sgb image, verified either way. Failures become diagnostics at the file; nothing throws.
/// </summary>
internal static class RuleInput
{
    public static byte[]? ReadFile(string path, Output output)
    {
        try
        {
            return path == "-" ? ReadStdin() : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Report([DiagnosticCodes.CannotRead.At(new SourceSpan(path, 1, 1), e.Message)]);
            return null;
        }
    }

    public static bool IsImage(byte[] bytes) =>
        ImageEnvelope.HasMagic(bytes, ImageFormat.Magic0, ImageFormat.Magic1, ImageFormat.Magic2, ImageFormat.Magic3);

    /// <summary>A verified image from a source or image file, or null after reporting why not.</summary>
    public static Image? LoadImage(string path, Output output)
    {
        byte[]? bytes = ReadFile(path, output);
        if (bytes == null) return null;
        if (!IsImage(bytes))
        {
            CompilationResult result = Compilation.Compile(path, bytes);
            if (!output.Report(result.Diagnostics) || result.Image == null) return null;
            bytes = result.Image;
        }
        VerifyResult verdict = Verifier.Load(bytes, out Image? image);
        if (image == null) output.Report([DiagnosticCodes.InvalidImage.At(new SourceSpan(path, 1, 1), verdict.ToString())]);
        return image;
    }

    /// <summary>What running rules over recorded inputs needs: the verified image, the trace, and the calendar if named.</summary>
    public sealed record TraceJob(Image Image, Trace Trace, TariffCalendar? Calendar);

    /// <summary>Loads rules, trace and calendar for <c>sgc run</c> and <c>sgc replay</c>, or null after reporting why not.</summary>
    public static TraceJob? LoadTraceJob(string rules, string tracePath, string? tariffs, Output output)
    {
        Image? image = LoadImage(rules, output);
        if (image == null) return null;
        TariffCalendar? calendar = null;
        if (tariffs != null)
        {
            TariffCompilation compiled = TariffCompiler.CompileFile(tariffs);
            if (!output.Report(compiled.Diagnostics.Items) || (calendar = compiled.Load()) == null) return null;
        }
        byte[]? bytes = ReadFile(tracePath, output);
        if (bytes == null) return null;
        var diagnostics = new DiagnosticBag();
        Trace? trace = TraceReader.Read(tracePath, Encoding.UTF8.GetString(bytes), diagnostics);
        return output.Report(diagnostics.Items) && trace != null ? new TraceJob(image, trace, calendar) : null;
    }

    private static byte[] ReadStdin()
    {
        using var buffer = new MemoryStream();
        System.Console.OpenStandardInput().CopyTo(buffer);
        return buffer.ToArray();
    }
}
