using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Generator.Model;
using SmartGateway.Runtime.Devices;
using SgDiagnostic = SmartGateway.Compiler.Diagnostics.Diagnostic;

namespace SmartGateway.Generator;

/// <summary>
/// One device map file (JSON or .sgd) → a <see cref="DeviceMapSpec"/>, through the front ends sgc and the host's
/// device catalog use (<see cref="DeviceMapFiles.Compile"/>), so code built with the generated class holds the
/// very tables the host compiles from the same file at run time.
/// </summary>
internal static class DeviceMapFileCompiler
{
    public static DeviceMapSpec Compile(RuleFileInput input)
    {
        string fileName = RuleFileCompiler.FileName(input.Path);
        var bag = new DiagnosticBag();
        DeviceMap? map = DeviceMapFiles.Compile(input.Path, input.Text, bag);
        var lines = new LineMap(input.Text);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (SgDiagnostic d in bag.Items) diagnostics.Add(RuleFileCompiler.Info(d, lines));
        string className = Identifiers.Pascal(Stem(fileName)) + "DeviceMap";
        string source = map == null || bag.HasErrors ? "" : DeviceMapEmitter.Emit(map, fileName, className);
        return new DeviceMapSpec(className, source, EquatableArray.From(diagnostics));
    }

    private static string Stem(string fileName)
    {
        int dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }
}
