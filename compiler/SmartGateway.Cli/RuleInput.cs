using SmartGateway.Compiler;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
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
        bytes.Length >= 4 && bytes[0] == ImageFormat.Magic0 && bytes[1] == ImageFormat.Magic1 &&
        bytes[2] == ImageFormat.Magic2 && bytes[3] == ImageFormat.Magic3;

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

    private static byte[] ReadStdin()
    {
        using var buffer = new MemoryStream();
        System.Console.OpenStandardInput().CopyTo(buffer);
        return buffer.ToArray();
    }
}
