using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>N18: no <c>#if NANOFRAMEWORK_1_0</c> (or a .NET target symbol) inside semantics code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlatformBranchAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(NanoDescriptors.PlatformBranch);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = NanoOptions.From(start.Options, start.CancellationToken);
            if (options.SemanticsNamespaces.Length == 0) return;
            start.RegisterSemanticModelAction(c => Check(c, options));
        });
    }

    private static void Check(SemanticModelAnalysisContext c, NanoOptions options)
    {
        SyntaxNode root = c.SemanticModel.SyntaxTree.GetRoot(c.CancellationToken);
        foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (!trivia.IsKind(SyntaxKind.IfDirectiveTrivia) && !trivia.IsKind(SyntaxKind.ElifDirectiveTrivia)) continue;
            var directive = (ConditionalDirectiveTriviaSyntax)trivia.GetStructure()!;
            string? symbol = PlatformSymbol(directive.Condition);
            if (symbol == null) continue;
            // The branch is semantics code if the namespace around the directive is.
            SyntaxNode? at = root.FindToken(trivia.SpanStart, findInsideTrivia: false).Parent;
            INamespaceSymbol? ns = null;
            for (SyntaxNode? n = at; n != null && ns == null; n = n.Parent)
            {
                if (n is BaseNamespaceDeclarationSyntax decl) ns = c.SemanticModel.GetDeclaredSymbol(decl, c.CancellationToken) as INamespaceSymbol;
            }
            if (ns == null)
            {
                foreach (BaseNamespaceDeclarationSyntax decl in root.DescendantNodes().OfType<FileScopedNamespaceDeclarationSyntax>())
                    ns = c.SemanticModel.GetDeclaredSymbol(decl, c.CancellationToken) as INamespaceSymbol;
            }
            if (!options.IsSemantics(ns)) continue;
            string keyword = trivia.IsKind(SyntaxKind.IfDirectiveTrivia) ? "if" : "elif";
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.PlatformBranch, trivia.GetLocation(), keyword + " " + directive.Condition, symbol));
        }
    }

    private static string? PlatformSymbol(ExpressionSyntax condition)
    {
        foreach (IdentifierNameSyntax id in condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            string s = id.Identifier.ValueText;
            if (s == "NANOFRAMEWORK_1_0" || s == "NET" || s.StartsWith("NETCOREAPP", StringComparison.Ordinal) || (s.StartsWith("NET", StringComparison.Ordinal) && s.Length > 3 && char.IsDigit(s[3])))
                return s;
        }
        return null;
    }
}
