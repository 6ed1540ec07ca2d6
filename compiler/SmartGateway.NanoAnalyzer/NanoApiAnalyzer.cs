using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmartGateway.NanoAnalyzer.Stubs;

namespace SmartGateway.NanoAnalyzer;

/// <summary>
/// N1 by the stub route (docs/NANO.md §4.1): compiles the project's own files again, with NANOFRAMEWORK_1_0
/// defined and the stub core library generated from the API lists as the only reference, and reports each
/// compiler error there at the same place, naming the member the .NET build bound to.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NanoApiAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        ImmutableArray.Create(NanoDescriptors.Api, NanoDescriptors.Configuration);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        if (context.Compilation is not CSharpCompilation compilation) return;
        var options = NanoOptions.From(context.Options, context.CancellationToken, readLists: true);
        string? problem = options.ApiLists.Count == 0
            ? "no API lists (AdditionalFiles with NanoApi=\"true\"); import compiler/SmartGateway.NanoAnalyzer/build/NanoCheck.props"
            : options.Conflict();
        if (problem != null)
        {
            context.RegisterSemanticModelAction(c =>
            {
                // One report per compilation, on its first tree, so it has a place to show.
                if (c.SemanticModel.SyntaxTree == FirstTree(compilation))
                    c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Configuration, Location.Create(c.SemanticModel.SyntaxTree, default), problem));
            });
            return;
        }
        var nano = new Lazy<NanoCompilation>(() => NanoCompilation.Create(compilation, StubLibrary.Get(options.ApiLists), context.CancellationToken));
        context.RegisterSemanticModelAction(c => Report(c, nano.Value, options.LineLabel));
    }

    /// <summary>Overload resolution errors (wrong argument count or type), reported at an argument.</summary>
    private static readonly string[] OverloadErrors = { "CS1501", "CS1502", "CS1503", "CS1620", "CS1615", "CS7036", "CS1739" };

    private static SyntaxTree? FirstTree(Compilation compilation)
    {
        foreach (SyntaxTree t in compilation.SyntaxTrees) return t;
        return null;
    }

    private static void Report(SemanticModelAnalysisContext context, NanoCompilation nano, string line)
    {
        SyntaxTree tree = context.SemanticModel.SyntaxTree;
        SyntaxNode root = tree.GetRoot(context.CancellationToken);
        foreach (Diagnostic d in nano.ErrorsIn(tree))
        {
            var location = Location.Create(tree, d.Location.SourceSpan);
            string member = MemberName(context.SemanticModel, root, d.Id, d.Location.SourceSpan);
            context.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Api, location, member, line, d.Id + ": " + d.GetMessage()));
        }
    }

    /// <summary>What the .NET build bound at the error's place (e.g. <c>string.Replace(string, string)</c>), else its text.</summary>
    private static string MemberName(SemanticModel model, SyntaxNode root, string id, TextSpan span)
    {
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        // An argument that fits no nano overload: the member is the call's, not the argument's.
        if (Array.IndexOf(OverloadErrors, id) >= 0)
        {
            SyntaxNode? call = node.FirstAncestorOrSelf<SyntaxNode>(n => n is InvocationExpressionSyntax || n is BaseObjectCreationExpressionSyntax || n is ElementAccessExpressionSyntax);
            if (call != null) node = call is InvocationExpressionSyntax inv ? inv.Expression : call;
        }
        ISymbol? symbol = null;
        if (node is ExpressionSyntax || node is TypeSyntax || node is NameSyntax)
        {
            SymbolInfo info = model.GetSymbolInfo(node);
            symbol = info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null) ?? model.GetTypeInfo(node).Type;
        }
        if (symbol == null && node is UsingDirectiveSyntax u) symbol = model.GetSymbolInfo(u.Name!).Symbol;
        if (symbol != null && symbol.Kind != SymbolKind.ErrorType) return symbol.ToDisplayString(Rules.Symbols.Display);
        string text = root.GetText().ToString(span);
        return text.Length > 80 ? text.Substring(0, 80) + "..." : text;
    }
}
