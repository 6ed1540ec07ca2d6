using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// The verdicts on one used type, whatever the syntax that used it: generic (N2), forbidden namespace or
/// type (N3), nullable/tuple/dynamic/pointer (N4; pointers are syntax, LanguageFeatureAnalyzer), decimal (N5), multidimensional array (N6), floating
/// point in semantics code (N9), local-time types (N13), threading types (N14), reflection types (N16).
/// </summary>
internal sealed class TypeRules
{
    private static readonly string[] ForbiddenNamespaces =
    {
        "System.Collections.Generic", "System.Linq", "System.Threading.Tasks", "System.Collections.Concurrent",
        "System.Collections.Immutable", "System.Collections.ObjectModel",
    };

    private readonly NanoOptions _options;
    private readonly Reporter _reporter;

    public TypeRules(NanoOptions options, Reporter reporter)
    {
        _options = options;
        _reporter = reporter;
    }

    /// <summary>Checks a type and everything it is built from (element types, type arguments).</summary>
    public void Check(Action<Diagnostic> report, ITypeSymbol? type, Location location, ISymbol? context)
    {
        if (type == null || location == Location.None) return;
        switch (type)
        {
            case IArrayTypeSymbol array:
                if (array.Rank > 1) _reporter.Report(report, NanoDescriptors.MultiDimensional, location, array.ToDisplayString(Symbols.Display));
                Check(report, array.ElementType, location, context);
                return;
            case IDynamicTypeSymbol:
                _reporter.Report(report, NanoDescriptors.Language, location, "dynamic");
                return;
            case INamedTypeSymbol named:
                CheckNamed(report, named, location, context);
                foreach (ITypeSymbol arg in named.TypeArguments) Check(report, arg, location, context);
                return;
        }
    }

    private void CheckNamed(Action<Diagnostic> report, INamedTypeSymbol type, Location location, ISymbol? context)
    {
        string display = type.ToDisplayString(Symbols.Display);
        string ns = Symbols.Namespace(type);
        string full = Symbols.FullName(type);
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            _reporter.Report(report, NanoDescriptors.Language, location, "nullable value type '" + display + "'");
            return;
        }
        if (type.IsTupleType || full.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            _reporter.Report(report, NanoDescriptors.Language, location, "tuple '" + display + "'");
            return;
        }
        if (type.IsGenericType) _reporter.Report(report, NanoDescriptors.Generics, location, "type", display);
        foreach (string f in ForbiddenNamespaces)
        {
            if (ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal))
                _reporter.Report(report, NanoDescriptors.ForbiddenType, location, display, "namespace " + f + " does not exist on nanoFramework 1.x");
        }
        switch (full)
        {
            case "System.Span`1":
            case "System.ReadOnlySpan`1":
            case "System.Memory`1":
            case "System.ReadOnlyMemory`1":
                _reporter.Report(report, NanoDescriptors.ForbiddenType, location, display, "spans do not exist on 1.x; use byte[] with offset and count");
                break;
            case "System.SpanByte":
                _reporter.Report(report, NanoDescriptors.ForbiddenType, location, display, "SpanByte is nano-only and removed in 2.0; use byte[] with offset and count");
                break;
            case "System.Index":
            case "System.Range":
                _reporter.Report(report, NanoDescriptors.ForbiddenType, location, display, "indices and ranges do not exist on nanoFramework");
                break;
            case "System.DateTimeOffset":
            case "System.TimeZoneInfo":
            case "System.TimeZone":
                _reporter.Report(report, NanoDescriptors.Time, location, display);
                break;
            case "System.Threading.ThreadPool":
            case "System.Threading.Volatile":
            case "System.Threading.Tasks.Parallel":
            case "System.Threading.SemaphoreSlim":
            case "System.Threading.ReaderWriterLockSlim":
                _reporter.Report(report, NanoDescriptors.Threading, location, display);
                break;
            case "System.Activator":
                _reporter.Report(report, NanoDescriptors.Reflection, location, display);
                break;
        }
        if (type.SpecialType == SpecialType.System_Decimal) _reporter.Report(report, NanoDescriptors.Decimal, location, display);
        if (ns == "System.Reflection" || ns.StartsWith("System.Reflection.", StringComparison.Ordinal))
            _reporter.Report(report, NanoDescriptors.Reflection, location, display);
        if (Symbols.IsFloat(type)) CheckFloat(report, type, location, context);
    }

    private void CheckFloat(Action<Diagnostic> report, ITypeSymbol type, Location location, ISymbol? context)
    {
        INamespaceSymbol? ns = Symbols.NamespaceOf(context);
        if (!_options.IsSemantics(ns) || Symbols.HasAttribute(context, "NanoFloatAllowed")) return;
        _reporter.Report(report, NanoDescriptors.FloatingPoint, location, "type", type.ToDisplayString(Symbols.Display), ns!.ToDisplayString());
    }
}
