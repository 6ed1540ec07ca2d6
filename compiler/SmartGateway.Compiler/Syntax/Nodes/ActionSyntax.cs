using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Syntax.Nodes;

/// <summary>An action of an On True / On False list (manual §4.5.4).</summary>
public abstract record ActionSyntax(SourceSpan Span);

public sealed record BicomActionSyntax(SourceSpan Span, string Target, SourceSpan TargetSpan, string Function, SourceSpan FunctionSpan)
    : ActionSyntax(Span);

public sealed record ModbusActionSyntax(
    SourceSpan Span,
    QuantitySyntax Address,
    QuantitySyntax Function,
    QuantitySyntax Register,
    string Type,
    SourceSpan TypeSpan,
    QuantitySyntax Value) : ActionSyntax(Span);

public sealed record MqttActionSyntax(SourceSpan Span, QuantitySyntax Link, string Subtopic, string Message) : ActionSyntax(Span);
