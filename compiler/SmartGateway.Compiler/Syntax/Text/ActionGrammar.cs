using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Nodes;
using SmartGateway.Runtime.Values;
using Sprache;
using static SmartGateway.Compiler.Syntax.Text.Lexical;

namespace SmartGateway.Compiler.Syntax.Text;

/// <summary>Actions: bicom, modbus write, mqtt publish; one, or a braced list.</summary>
internal static class ActionGrammar
{
    internal static readonly Parser<ActionSyntax> BicomAction =
        from span in At
        from _ in Keyword("bicom")
        from targetSpan in At
        from target in DottedName
        from functionSpan in At
        from function in Keyword("on").Or(Keyword("off")).Or(Keyword("toggle")).Named("on, off or toggle")
        select (ActionSyntax)new BicomActionSyntax(span, target, targetSpan, function, functionSpan);

    /// <summary>
    /// <c>modbus ADDRESS write [multiple] REGISTER TYPE VALUE</c>: "write" is function 6 for one-register
    /// types and 16 for 32-bit ones; "write multiple" forces 16.
    /// </summary>
    internal static readonly Parser<ActionSyntax> ModbusAction =
        from span in At
        from _ in Keyword("modbus")
        from address in Integer
        from writeSpan in At
        from write in Keyword("write")
        from multiple in Keyword("multiple").Optional()
        from register in Integer
        from typeSpan in At
        from type in Word
        from value in Quantity
        select (ActionSyntax)new ModbusActionSyntax(span, address,
            new QuantitySyntax(writeSpan, FunctionFor(multiple.IsDefined, type), null),
            register, type, typeSpan, value);

    internal static readonly Parser<ActionSyntax> MqttAction =
        from span in At
        from _ in Keyword("mqtt")
        from link in Integer
        from subtopic in StringLiteral
        from message in StringLiteral
        select (ActionSyntax)new MqttActionSyntax(span, link, subtopic, message);

    internal static readonly Parser<ActionSyntax> Action =
        BicomAction.XOr(ModbusAction).XOr(MqttAction).Named("an action (bicom, modbus, mqtt)");

    /// <summary>One action, or a braced list with the span of its closing brace.</summary>
    internal static readonly Parser<(IReadOnlyList<ActionSyntax> Actions, SourceSpan? Close)> ActionBlock =
        (from open in Symbol("{")
         from actions in (from a in Action from sep in Symbol(";").Optional() select a).XMany()
         from closeSpan in At
         from close in Symbol("}")
         select ((IReadOnlyList<ActionSyntax>)actions.ToList(), (SourceSpan?)closeSpan))
        .XOr(from a in Action select ((IReadOnlyList<ActionSyntax>)[a], (SourceSpan?)null));

    internal static string FunctionFor(bool multiple, string type) =>
        multiple || (RegisterTypes.TryParse(type, out RegisterType t) && RegisterTypes.Words(t) == 2) ? "16" : "6";
}
