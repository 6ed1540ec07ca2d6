using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Json;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Conformance;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// One expected entry of a rule test (<c>{"tick", "automation", "action"}</c>, the shape <c>ActionJson</c>
/// writes) as the golden-trace line the device self-test compares: "TICK AUTOMATION: ACTION" in
/// <see cref="ActionText"/>'s wording.
/// </summary>
public static class ExpectedAction
{
    public static string? Line(JNode entry, DiagnosticBag diagnostics)
    {
        if (entry is not JObject obj)
        {
            diagnostics.Add(DiagnosticCodes.JsonWrongType, entry.Span, "expect", "an object with \"tick\", \"automation\" and \"action\"");
            return null;
        }
        var r = new JsonObjectReader(obj, "", diagnostics, "tick", "automation", "action");
        long? tick = r.Integer("tick", 0, int.MaxValue);
        string? automation = r.Text("automation");
        JObject? action = r.Object("action", required: true);
        ActionEntry? a = action == null ? null : Action(new JsonObjectReader(action, "action", diagnostics, "bicom", "modbus", "mqtt"), diagnostics);
        if (tick == null || automation == null || a == null) return null;
        return tick.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + automation + ": " + ActionText.Describe(a);
    }

    private static ActionEntry? Action(JsonObjectReader r, DiagnosticBag diagnostics)
    {
        if (r.Nested("bicom", "target", "function") is JsonObjectReader b)
        {
            string? target = b.Text("target");
            byte? function = b.Choice("function", ParseBicomFunction, "on, off or toggle", required: true);
            return target == null || function == null ? null : new ActionEntry { Kind = ActionKind.Bicom, Target = target, BicomFunction = (BicomFunction)function.Value };
        }
        if (r.Nested("modbus", "address", "function", "register", "type", "value") is JsonObjectReader m)
        {
            long? address = m.Integer("address", 0, 255);
            long? function = m.Integer("function", 0, 255);
            long? register = m.Integer("register", 0, 65535);
            byte? type = m.Choice("type", ParseRegisterType, "int16, uint16, int32, uint32 or float32", required: true);
            long? value = m.Fixed("value");
            if (address == null || function == null || register == null || type == null || value == null) return null;
            return new ActionEntry
            {
                Kind = ActionKind.Modbus, Address = (int)address.Value, FunctionCode = (int)function.Value, Register = (int)register.Value,
                ValueType = (RegisterType)type.Value, Value = value.Value,
            };
        }
        if (r.Nested("mqtt", "link", "subtopic", "message") is JsonObjectReader q)
        {
            long? link = q.Integer("link", 1, 2);
            string? subtopic = q.Text("subtopic");
            string? message = q.Text("message");
            return link == null || subtopic == null || message == null ? null
                : new ActionEntry { Kind = ActionKind.Mqtt, Link = (int)link.Value, Subtopic = subtopic, Message = message };
        }
        diagnostics.Add(DiagnosticCodes.JsonWrongType, r.Span, "action", "an object with \"bicom\", \"modbus\" or \"mqtt\"");
        return null;
    }

    private static (bool Ok, byte Value) ParseBicomFunction(string name)
    {
        for (int f = 0; f < BicomFunctions.Count; f++)
        {
            if (BicomFunctions.Name((BicomFunction)f) == name) return (true, (byte)f);
        }
        return (false, 0);
    }

    private static (bool Ok, byte Value) ParseRegisterType(string name) =>
        RegisterTypes.TryParse(name, out RegisterType t) ? (true, (byte)t) : (false, (byte)0);
}
