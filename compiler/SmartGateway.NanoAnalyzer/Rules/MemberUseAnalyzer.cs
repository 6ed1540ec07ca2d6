using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// Members that exist on nanoFramework but do not do there what they do on .NET: number formats (N10),
/// enum metadata and enum text (N11), local time (N13), unsupported threading members (N14), reflection (N16).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MemberUseAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Standard numeric specifiers nanoFramework formats natively (corlib_native_System_Number.cpp).</summary>
    private static readonly Regex StandardNumberFormat = new Regex("^[DdXxFfNnGgEe][0-9]{0,2}$", RegexOptions.CultureInvariant);

    /// <summary>A composite-format hole with a format part: <c>{0:F2}</c>, <c>{1,5:X}</c> (escaped braces excluded).</summary>
    private static readonly Regex FormattedHole = new Regex(@"(?<!\{)\{\d+(,-?\d+)?:[^}]*\}", RegexOptions.CultureInvariant);

    private static readonly string[] EnumMetadata = { "GetValues", "GetNames", "GetName", "IsDefined", "Parse", "TryParse", "Format", "GetUnderlyingType", "GetValuesAsUnderlyingType" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(
        NanoDescriptors.NumberFormat, NanoDescriptors.EnumText, NanoDescriptors.Time, NanoDescriptors.Threading, NanoDescriptors.Reflection);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(OnInvocation, OperationKind.Invocation);
        context.RegisterOperationAction(OnInterpolation, OperationKind.Interpolation);
        context.RegisterOperationAction(OnMemberReference, OperationKind.PropertyReference, OperationKind.FieldReference);
        context.RegisterOperationAction(OnConcatenation, OperationKind.Binary);
    }

    private static void OnInvocation(OperationAnalysisContext c)
    {
        var op = (IInvocationOperation)c.Operation;
        IMethodSymbol m = op.TargetMethod;
        string type = Symbols.FullName(m.ContainingType);
        string member = m.ContainingType.ToDisplayString(Symbols.Display) + "." + m.Name;
        Location at = op.Syntax.GetLocation();
        switch (type)
        {
            case "System.String" when m.Name == "Format":
                CheckCompositeFormat(c, op);
                foreach (IArgumentOperation a in op.Arguments) CheckEnumAsText(c, a.Value, "string.Format");
                return;
            case "System.String" when m.Name == "Concat":
                foreach (IArgumentOperation a in op.Arguments) CheckEnumAsText(c, a.Value, "string.Concat");
                return;
            case "System.Enum" when Array.IndexOf(EnumMetadata, m.Name) >= 0:
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.EnumText, at, "'Enum." + m.Name + "' reads enum metadata"));
                return;
            case "System.DateTime" when m.Name == "ToLocalTime" || m.Name == "ToUniversalTime":
            case "System.DateTime" when m.Name == "SpecifyKind":
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Time, at, member));
                return;
            case "System.TimeSpan" when m.Name.StartsWith("From", StringComparison.Ordinal) && m.Parameters.Length == 1 && Symbols.IsFloat(m.Parameters[0].Type):
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Time, at, member + "(double)"));
                return;
            case "System.Threading.Thread" when m.Name == "Abort" || m.Name == "Suspend" || m.Name == "Resume" || m.Name == "Interrupt":
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Threading, at, member));
                return;
            case "System.Threading.Interlocked":
                foreach (IParameterSymbol p in m.Parameters)
                {
                    if (p.Type.SpecialType != SpecialType.System_Int32)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Threading, at, member + "(" + p.Type.ToDisplayString(Symbols.Display) + ")"));
                        return;
                    }
                }
                return;
            case "System.Object" when m.Name == "GetType":
            case "System.Type":
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Reflection, at, member));
                return;
        }
        if (m.Name == "ToString" && op.Instance != null)
        {
            ITypeSymbol? receiver = op.Instance.Type;
            if (receiver?.TypeKind == TypeKind.Enum)
            {
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.EnumText, at, "'" + receiver.ToDisplayString(Symbols.Display) + ".ToString()' relies on enum names"));
                return;
            }
            if (IsNumber(receiver) && m.Parameters.Length >= 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String)
                CheckNumberFormat(c, op.Arguments[0].Value, receiver!);
        }
    }

    private static void CheckNumberFormat(OperationAnalysisContext c, IOperation format, ITypeSymbol receiver)
    {
        string type = receiver.ToDisplayString(Symbols.Display);
        if (format.ConstantValue.HasValue && format.ConstantValue.Value is string text)
        {
            if (StandardNumberFormat.IsMatch(text)) return;
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.NumberFormat, format.Syntax.GetLocation(),
                "'" + type + ".ToString(\"" + text + "\")': nanoFramework formats numbers with D, X, F, N, G, E (+ precision) only; custom formats come back unformatted"));
            return;
        }
        c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.NumberFormat, format.Syntax.GetLocation(),
            "'" + type + ".ToString(format)' with a format that is not a constant; write one of D, X, F, N, G, E (+ precision)"));
    }

    private static void CheckCompositeFormat(OperationAnalysisContext c, IInvocationOperation op)
    {
        foreach (IArgumentOperation a in op.Arguments)
        {
            if (a.Parameter?.Name != "format" || !a.Value.ConstantValue.HasValue || a.Value.ConstantValue.Value is not string text) continue;
            Match hole = FormattedHole.Match(text.Replace("{{", "\u0001\u0001"));
            if (hole.Success)
                c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.NumberFormat, a.Value.Syntax.GetLocation(),
                    "format specifier '" + hole.Value + "' in string.Format runs through reflection on nanoFramework; format the value with ToString(\"F2\")-style standard specifiers first"));
        }
    }

    private static void OnInterpolation(OperationAnalysisContext c)
    {
        var hole = (IInterpolationOperation)c.Operation;
        if (hole.FormatString != null)
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.NumberFormat, hole.Syntax.GetLocation(),
                "format specifier in interpolation hole '" + hole.Syntax + "' runs through reflection on nanoFramework; write x.ToString(\"F2\") inside the hole"));
        CheckEnumAsText(c, hole.Expression, "an interpolated string");
    }

    private static void OnConcatenation(OperationAnalysisContext c)
    {
        var b = (IBinaryOperation)c.Operation;
        if (b.OperatorKind != BinaryOperatorKind.Add || b.Type?.SpecialType != SpecialType.System_String) return;
        CheckEnumAsText(c, b.LeftOperand, "string concatenation");
        CheckEnumAsText(c, b.RightOperand, "string concatenation");
    }

    private static void CheckEnumAsText(OperationAnalysisContext c, IOperation value, string where)
    {
        while (value is IConversionOperation conv && conv.IsImplicit) value = conv.Operand;
        if (value.Type?.TypeKind != TypeKind.Enum) return;
        c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.EnumText, value.Syntax.GetLocation(),
            "enum '" + value.Type.ToDisplayString(Symbols.Display) + "' turned into text in " + where));
    }

    private static void OnMemberReference(OperationAnalysisContext c)
    {
        var r = (IMemberReferenceOperation)c.Operation;
        string type = Symbols.FullName(r.Member.ContainingType);
        string member = r.Member.ContainingType.ToDisplayString(Symbols.Display) + "." + r.Member.Name;
        if ((type == "System.DateTime" && (r.Member.Name == "Now" || r.Member.Name == "Today")) || (type == "System.DateTimeKind" && r.Member.Name == "Local"))
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Time, r.Syntax.GetLocation(), member));
        else if (type == "System.Type")
            c.ReportDiagnostic(Diagnostic.Create(NanoDescriptors.Reflection, r.Syntax.GetLocation(), member));
    }

    private static bool IsNumber(ITypeSymbol? t)
    {
        switch (t?.SpecialType)
        {
            case SpecialType.System_Byte: case SpecialType.System_SByte: case SpecialType.System_Int16: case SpecialType.System_UInt16:
            case SpecialType.System_Int32: case SpecialType.System_UInt32: case SpecialType.System_Int64: case SpecialType.System_UInt64:
            case SpecialType.System_Single: case SpecialType.System_Double: case SpecialType.System_Decimal:
                return true;
            default:
                return false;
        }
    }
}
