using System.CommandLine;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Cli.Commands;

/// <summary><c>sgc verify IMAGE.sgb</c>: 0 for a valid image, 1 with the reason and offset for an invalid one.</summary>
internal static class VerifyCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("image") { Description = "compiled image (.sgb)" };
        var command = new Command("verify", "Verify a compiled image as a gateway does before loading it") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, output));
        return command;
    }

    private static int Run(string file, Output output)
    {
        byte[]? bytes = RuleInput.ReadFile(file, output);
        if (bytes == null) return ExitCodes.InputErrors;
        VerifyResult verdict = Verifier.Load(bytes, out Image? image);
        if (image == null)
        {
            output.Report([DiagnosticCodes.InvalidImage.At(new SourceSpan(file, 1, 1), verdict.ToString())]);
            return ExitCodes.InputErrors;
        }
        output.Out.WriteLine($"{file}: valid, {image.Automations.Length} automations, {bytes.Length} bytes, crc {image.Crc:x8}");
        return ExitCodes.Success;
    }
}
