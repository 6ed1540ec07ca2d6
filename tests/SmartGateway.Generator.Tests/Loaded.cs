using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace SmartGateway.Generator.Tests;

/// <summary>Compiles the generator's output and reads its members, as a program using it would.</summary>
internal static class Loaded
{
    public static Assembly Assembly(GeneratorDriverRunResult run)
    {
        CSharpCompilation compilation = GeneratorHarness.EmptyCompilation().AddSyntaxTrees(run.GeneratedTrees);
        using var pe = new MemoryStream();
        EmitResult emitted = compilation.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        pe.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(pe);
    }

    public static byte[] Image(GeneratorDriverRunResult run, string type) =>
        (byte[])Type(run, type).GetField("Image")!.GetValue(null)!;

    public static int Constant(GeneratorDriverRunResult run, string type, string name) =>
        (int)Type(run, type).GetField(name)!.GetValue(null)!;

    public static string[] Names(GeneratorDriverRunResult run, string type) =>
        (string[])Type(run, type).GetField("Names")!.GetValue(null)!;

    private static Type Type(GeneratorDriverRunResult run, string type) =>
        Assembly(run).GetType(type) ?? throw new InvalidOperationException("no type " + type);
}
