using System.CommandLine;
using SmartGateway.Compiler.Emit;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Cli.Commands;

/// <summary><c>sgc disasm FILE</c>: readable listing of an image, or of the image a rule file compiles to.</summary>
internal static class DisasmCommand
{
    public static Command Create(Output output)
    {
        var file = new Argument<string>("file") { Description = "compiled image (.sgb) or rule file" };
        var command = new Command("disasm", "Print the bytecode of an image or rule file") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, output));
        return command;
    }

    private static int Run(string file, Output output)
    {
        Image? image = RuleInput.LoadImage(file, output);
        if (image == null) return ExitCodes.InputErrors;
        output.Out.Write(Disassembler.Disassemble(image));
        return ExitCodes.Success;
    }
}
