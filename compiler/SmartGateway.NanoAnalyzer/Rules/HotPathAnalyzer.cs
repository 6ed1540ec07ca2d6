using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// N15: a method marked [NanoHotPath], and every method of the same project it reaches through calls and
/// property accesses, allocates nothing — no object or array creation, string building, boxing, delegate
/// creation, foreach over a collection, params call or framework call returning a new string.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HotPathAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(NanoDescriptors.HotPath);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var visited = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            var reporter = new Reporter();
            start.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol root || !Symbols.HasAttribute(root, "NanoHotPath")) return;
                IAssemblySymbol own = block.Compilation.Assembly;
                if (!visited.TryAdd(root, true)) return;
                var work = new Queue<(IOperation Body, string Path)>();
                string rootName = Name(root);
                foreach (IOperation op in block.OperationBlocks)
                {
                    // The method's own attributes (the [NanoHotPath] itself) are blocks too; they run at no tick.
                    if (op is not IAttributeOperation) work.Enqueue((op, rootName));
                }
                while (work.Count > 0)
                {
                    (IOperation body, string path) = work.Dequeue();
                    foreach (IOperation op in body.DescendantsAndSelf())
                    {
                        string? allocation = Allocation(op, own);
                        if (allocation != null) reporter.Report(block.ReportDiagnostic, NanoDescriptors.HotPath, op.Syntax.GetLocation(), allocation, path);
                        foreach (IMethodSymbol callee in Callees(op, own))
                        {
                            if (!visited.TryAdd(callee, true)) continue;
                            IOperation? calleeBody = Body(block.Compilation, callee, block.CancellationToken);
                            if (calleeBody != null) work.Enqueue((calleeBody, path + " -> " + Name(callee)));
                        }
                    }
                }
            });
        });
    }

    private static string Name(IMethodSymbol m) => m.ContainingType.Name + "." + (m.AssociatedSymbol?.Name ?? m.Name);

    /// <summary>What the operation allocates, or null if nothing.</summary>
    private static string? Allocation(IOperation op, IAssemblySymbol own)
    {
        switch (op)
        {
            case IObjectCreationOperation o when o.Type != null && !o.Type.IsValueType:
                return "'new " + o.Type.ToDisplayString(Symbols.Display) + "'";
            case IArrayCreationOperation a:
                return "array creation '" + a.Syntax + "'";
            case IBinaryOperation b when b.OperatorKind == BinaryOperatorKind.Add && b.Type?.SpecialType == SpecialType.System_String:
                return "string concatenation";
            case ICompoundAssignmentOperation ca when ca.OperatorKind == BinaryOperatorKind.Add && ca.Type?.SpecialType == SpecialType.System_String:
                return "string concatenation";
            case IInterpolatedStringOperation:
                return "string interpolation";
            case IConversionOperation conv when conv.GetConversion().IsBoxing:
                return "boxing of '" + conv.Operand.Type?.ToDisplayString(Symbols.Display) + "'";
            case IDelegateCreationOperation:
                return "delegate or lambda creation";
            case IForEachLoopOperation f:
            {
                IOperation collection = f.Collection;
                while (collection is IConversionOperation c && c.IsImplicit) collection = c.Operand;
                ITypeSymbol? t = collection.Type;
                if (t is IArrayTypeSymbol || t?.SpecialType == SpecialType.System_String) return null;
                return "foreach over '" + t?.ToDisplayString(Symbols.Display) + "' (allocates an enumerator)";
            }
            case IArgumentOperation arg when arg.ArgumentKind == ArgumentKind.ParamArray:
                return "params call (allocates the argument array)";
            case IInvocationOperation i when i.Type?.SpecialType == SpecialType.System_String && !IsOwn(i.TargetMethod, own):
                return "'" + i.TargetMethod.ContainingType.ToDisplayString(Symbols.Display) + "." + i.TargetMethod.Name + "' (returns a new string)";
            default:
                return null;
        }
    }

    /// <summary>Methods of this project the operation runs: calls and property accessors.</summary>
    private static IEnumerable<IMethodSymbol> Callees(IOperation op, IAssemblySymbol own)
    {
        switch (op)
        {
            case IInvocationOperation i when IsOwn(i.TargetMethod, own):
                yield return i.TargetMethod.OriginalDefinition;
                break;
            case IPropertyReferenceOperation p:
                if (p.Property.GetMethod != null && IsOwn(p.Property.GetMethod, own)) yield return p.Property.GetMethod.OriginalDefinition;
                if (p.Property.SetMethod != null && IsOwn(p.Property.SetMethod, own)) yield return p.Property.SetMethod.OriginalDefinition;
                break;
            case IObjectCreationOperation o when o.Constructor != null && o.Type != null && o.Type.IsValueType && IsOwn(o.Constructor, own):
                yield return o.Constructor.OriginalDefinition;
                break;
        }
    }

    /// <summary>Declared in this project's source (a referenced compilation's methods have syntax too, in another compilation).</summary>
    private static bool IsOwn(IMethodSymbol m, IAssemblySymbol own) =>
        SymbolEqualityComparer.Default.Equals(m.ContainingAssembly, own) && m.DeclaringSyntaxReferences.Length > 0;

    private static IOperation? Body(Compilation compilation, IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference r in method.DeclaringSyntaxReferences)
        {
            SyntaxNode syntax = r.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // The callee is in another tree than the hot-path method; only its own model can bind it.
            SemanticModel model = compilation.GetSemanticModel(r.SyntaxTree);
#pragma warning restore RS1030
            IOperation? body = model.GetOperation(syntax, cancellationToken);
            if (body != null) return body;
        }
        return null;
    }
}
