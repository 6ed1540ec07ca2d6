using System.Text.Json;
using SmartGateway.Compiler.Binding;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Formatting;

/// <summary>
/// The one writer of docs/FORMATS.md's action shape ({"bicom": …} / {"modbus": …} / {"mqtt": …}), used by
/// the JSON formatter and by <c>sgc run --jsonl</c>, so both print the same thing.
/// </summary>
public static class ActionJson
{
    public static void Write(Utf8JsonWriter w, ActionEntry a, Syntax.Comments.Comments? comments = null)
    {
        w.WriteStartObject();
        switch (a.Kind)
        {
            case ActionKind.Bicom:
                w.WriteStartObject("bicom");
                w.WriteString("target", a.Target);
                w.WriteString("function", BicomFunctions.Name(a.BicomFunction));
                break;
            case ActionKind.Modbus:
                w.WriteStartObject("modbus");
                w.WriteNumber("address", a.Address);
                w.WriteNumber("function", a.FunctionCode);
                w.WriteNumber("register", a.Register);
                w.WriteString("type", RegisterTypes.Name(a.ValueType));
                w.WritePropertyName("value");
                w.WriteRawValue(Fixed.ToText(a.Value));
                break;
            default:
                w.WriteStartObject("mqtt");
                w.WriteNumber("link", a.Link);
                w.WriteString("subtopic", a.Subtopic);
                w.WriteString("message", a.Message);
                break;
        }
        w.WriteEndObject();
        if (comments != null) JsonFormatter.Write(w, comments);
        w.WriteEndObject();
    }

    public static ActionEntry ToEntry(BoundAction action) => action switch
    {
        BoundBicom b => new ActionEntry { Kind = ActionKind.Bicom, Target = b.Target, BicomFunction = b.Function },
        BoundModbus m => new ActionEntry
        {
            Kind = ActionKind.Modbus, Address = m.Address, FunctionCode = m.Function, Register = m.Register, ValueType = m.Type, Value = m.Value,
        },
        BoundMqtt q => new ActionEntry { Kind = ActionKind.Mqtt, Link = q.Link, Subtopic = q.Subtopic, Message = q.Message },
        _ => throw new InvalidOperationException("unknown action"),
    };
}
