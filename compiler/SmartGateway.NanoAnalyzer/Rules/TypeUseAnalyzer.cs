using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// Finds every type the code uses — written, inferred (<c>var</c>, lambda natural types, generic method
/// inference, foreach enumerators) or declared — and hands it to <see cref="TypeRules"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TypeUseAnalyzer : DiagnosticAnalyzer
{
    private static readonly OperationKind[] Kinds =
    {
        OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.FieldReference,
        OperationKind.EventReference, OperationKind.MethodReference, OperationKind.DelegateCreation, OperationKind.Conversion,
        OperationKind.VariableDeclarator, OperationKind.ArrayCreation, OperationKind.TypeOf, OperationKind.Literal,
        OperationKind.Binary, OperationKind.Unary, OperationKind.CompoundAssignment, OperationKind.Increment, OperationKind.Decrement,
        OperationKind.DefaultValue, OperationKind.Loop, OperationKind.DeclarationPattern, OperationKind.TypePattern,
        OperationKind.LocalFunction, OperationKind.AnonymousFunction, OperationKind.Tuple,
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
        NanoDescriptors.Generics, NanoDescriptors.ForbiddenType, NanoDescriptors.Language, NanoDescriptors.Decimal,
        NanoDescriptors.MultiDimensional, NanoDescriptors.FloatingPoint, NanoDescriptors.Time, NanoDescriptors.Threading,
        NanoDescriptors.Reflection);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var rules = new TypeRules(NanoOptions.From(start.Options, start.CancellationToken), new Reporter());
            start.RegisterOperationAction(c => OnOperation(c, rules), Kinds);
            start.RegisterSymbolAction(c => OnSymbol(c, rules), SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Field, SymbolKind.Property, SymbolKind.Event);
        });
    }

    private static void OnOperation(OperationAnalysisContext c, TypeRules rules)
    {
        IOperation op = c.Operation;
        Location at = op.Syntax.GetLocation();
        ISymbol context = c.ContainingSymbol;
        void Check(ITypeSymbol? t) => rules.Check(c.ReportDiagnostic, t, at, context);
        switch (op)
        {
            case IInvocationOperation i:
                CheckMethod(c, rules, i.TargetMethod, at);
                Check(i.Type);
                break;
            case IMethodReferenceOperation m:
                CheckMethod(c, rules, m.Method, at);
                break;
            case IMemberReferenceOperation r:
                Check(r.Member.ContainingType);
                Check(r.Type);
                break;
            case IConversionOperation conv:
                if (!conv.Conversion.IsIdentity) Check(conv.Type);
                break;
            case IVariableDeclaratorOperation v:
                Check(v.Symbol.Type);
                break;
            case ITypeOfOperation t:
                Check(t.TypeOperand);
                break;
            case IBinaryOperation b:
                Check(b.Type);
                Check(b.LeftOperand.Type);
                break;
            case IForEachLoopOperation f:
                if (f.Syntax is CommonForEachStatementSyntax syntax)
                {
                    ForEachStatementInfo info = op.SemanticModel!.GetForEachStatementInfo(syntax);
                    Check(info.GetEnumeratorMethod?.ReturnType);
                    Check(info.ElementType);
                }
                break;
            case IDeclarationPatternOperation d:
                Check(d.MatchedType);
                break;
            case ITypePatternOperation tp:
                Check(tp.MatchedType);
                break;
            case ILocalFunctionOperation lf:
                CheckSignature(c.ReportDiagnostic, rules, lf.Symbol, at);
                break;
            case IAnonymousFunctionOperation af:
                CheckSignature(c.ReportDiagnostic, rules, af.Symbol, at);
                break;
            case ILoopOperation:
                break;
            default:
                Check(op.Type);
                break;
        }
    }

    private static void CheckMethod(OperationAnalysisContext c, TypeRules rules, IMethodSymbol method, Location at)
    {
        if (method.IsGenericMethod)
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Generics, at, "method", method.ToDisplayString(Symbols.Display)));
        rules.Check(c.ReportDiagnostic, method.ContainingType, at, c.ContainingSymbol);
        foreach (ITypeSymbol arg in method.TypeArguments) rules.Check(c.ReportDiagnostic, arg, at, c.ContainingSymbol);
    }

    private static void OnSymbol(SymbolAnalysisContext c, TypeRules rules)
    {
        ISymbol s = c.Symbol;
        if (s.IsImplicitlyDeclared || s.Locations.Length == 0 || !s.Locations[0].IsInSource) return;
        Location at = s.Locations[0];
        switch (s)
        {
            case INamedTypeSymbol t:
                rules.Check(c.ReportDiagnostic, t.BaseType, at, t);
                foreach (INamedTypeSymbol i in t.Interfaces) rules.Check(c.ReportDiagnostic, i, at, t);
                break;
            case IMethodSymbol m:
                if (m.AssociatedSymbol != null) break; // accessors: the property or event is checked
                CheckSignature(c.ReportDiagnostic, rules, m, at);
                break;
            case IFieldSymbol f:
                rules.Check(c.ReportDiagnostic, f.Type, at, f);
                break;
            case IPropertySymbol p:
                rules.Check(c.ReportDiagnostic, p.Type, at, p);
                foreach (IParameterSymbol parameter in p.Parameters) rules.Check(c.ReportDiagnostic, parameter.Type, parameter.Locations.FirstOrDefault() ?? at, p);
                break;
            case IEventSymbol e:
                rules.Check(c.ReportDiagnostic, e.Type, at, e);
                break;
        }
    }

    private static void CheckSignature(Action<Diagnostic> report, TypeRules rules, IMethodSymbol m, Location at)
    {
        if (!m.ReturnsVoid) rules.Check(report, m.ReturnType, at, m);
        foreach (IParameterSymbol p in m.Parameters)
        {
            Location pl = p.Locations.Length > 0 && p.Locations[0].IsInSource ? p.Locations[0] : at;
            rules.Check(report, p.Type, pl, m);
        }
    }
}
