using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// Syntax the nanoFramework 1.x runtime cannot run even where it compiles: generic declarations (N2),
/// async, iterators, records, tuples, required, stackalloc, unsafe code (N4), checked arithmetic (N7) and
/// catching arithmetic exception types the device never throws (N8).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LanguageFeatureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
        NanoDescriptors.Generics, NanoDescriptors.Language, NanoDescriptors.Checked, NanoDescriptors.ArithmeticException);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(OnTypeParameters, SyntaxKind.TypeParameterList);
        context.RegisterSyntaxNodeAction(c => Language(c, "async"), SyntaxKind.AwaitExpression);
        context.RegisterSyntaxNodeAction(OnModifiers, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement,
            SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.SimpleLambdaExpression, SyntaxKind.AnonymousMethodExpression,
            SyntaxKind.PropertyDeclaration, SyntaxKind.FieldDeclaration, SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration);
        context.RegisterSyntaxNodeAction(c => Language(c, "yield (iterator)"), SyntaxKind.YieldReturnStatement, SyntaxKind.YieldBreakStatement);
        context.RegisterSyntaxNodeAction(c => Language(c, "record"), SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration, SyntaxKind.WithExpression);
        // Tuple types and literals are type uses (TypeRules); a deconstruction into variables has no tuple type.
        context.RegisterSyntaxNodeAction(c => Language(c, "deconstruction"), SyntaxKind.ParenthesizedVariableDesignation);
        context.RegisterSyntaxNodeAction(c => Language(c, "stackalloc"), SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression);
        context.RegisterSyntaxNodeAction(c => Language(c, "unsafe code (fixed/pointers)"), SyntaxKind.FixedStatement, SyntaxKind.UnsafeStatement,
            SyntaxKind.PointerType, SyntaxKind.FunctionPointerType, SyntaxKind.AddressOfExpression, SyntaxKind.PointerIndirectionExpression);
        context.RegisterSyntaxNodeAction(c => Language(c, "index/range ('^', '..')"), SyntaxKind.IndexExpression, SyntaxKind.RangeExpression);
        context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Checked, c.Node.GetLocation(), "checked(...)")), SyntaxKind.CheckedExpression);
        context.RegisterSyntaxNodeAction(c => c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Checked, c.Node.GetFirstToken().GetLocation(), "a checked block")), SyntaxKind.CheckedStatement);
        context.RegisterSyntaxNodeAction(OnCatch, SyntaxKind.CatchDeclaration);
    }

    private static void Language(SyntaxNodeAnalysisContext c, string what) =>
        c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Language, c.Node.GetLocation(), what));

    private static void OnTypeParameters(SyntaxNodeAnalysisContext c)
    {
        SyntaxNode? owner = c.Node.Parent;
        string name = owner switch
        {
            BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
            DelegateDeclarationSyntax d => d.Identifier.ValueText,
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            LocalFunctionStatementSyntax l => l.Identifier.ValueText,
            _ => owner?.ToString() ?? "",
        };
        string kind = owner is MethodDeclarationSyntax || owner is LocalFunctionStatementSyntax ? "method declaration" : "type declaration";
        c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Generics, c.Node.GetLocation(), kind, name + c.Node));
    }

    private static void OnModifiers(SyntaxNodeAnalysisContext c)
    {
        SyntaxTokenList modifiers = c.Node switch
        {
            MemberDeclarationSyntax m => m.Modifiers,
            LocalFunctionStatementSyntax l => l.Modifiers,
            AnonymousFunctionExpressionSyntax a => a.Modifiers,
            _ => default,
        };
        foreach (SyntaxToken t in modifiers)
        {
            if (t.IsKind(SyntaxKind.AsyncKeyword)) c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Language, t.GetLocation(), "async"));
            else if (t.IsKind(SyntaxKind.UnsafeKeyword)) c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Language, t.GetLocation(), "unsafe code"));
            else if (t.IsKind(SyntaxKind.FixedKeyword)) c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Language, t.GetLocation(), "fixed-size buffer"));
            else if (t.ValueText == "required") c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Language, t.GetLocation(), "required member"));
        }
    }

    private static void OnCatch(SyntaxNodeAnalysisContext c)
    {
        var node = (CatchDeclarationSyntax)c.Node;
        ITypeSymbol? type = c.SemanticModel.GetTypeInfo(node.Type, c.CancellationToken).Type;
        if (type == null) return;
        string name = Symbols.FullName(type);
        if (name == "System.DivideByZeroException" || name == "System.ArithmeticException" || name == "System.OverflowException"
            || name == "System.NotFiniteNumberException")
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.ArithmeticException, node.Type.GetLocation(), type.ToDisplayString(Symbols.Display)));
    }
}
