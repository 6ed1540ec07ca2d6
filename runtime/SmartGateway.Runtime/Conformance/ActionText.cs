using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Conformance;

/// <summary>
/// Canonical one-line wording of an action, the form golden traces store expectations in:
/// "bicom rs485.32 on", "modbus 4 fc6 3011 int16 4", "mqtt 1 status ECO mode turned on".
/// </summary>
public static class ActionText
{
    public static string Describe(ActionEntry a)
    {
        switch (a.Kind)
        {
            case ActionKind.Bicom:
                return "bicom " + a.Target + " " + BicomFunctions.Name(a.BicomFunction);
            case ActionKind.Modbus:
                return "modbus " + a.Address.ToString() + " fc" + a.FunctionCode.ToString() + " " + a.Register.ToString() + " "
                    + RegisterTypes.Name(a.ValueType) + " " + Fixed.ToText(a.Value);
            default:
                return "mqtt " + a.Link.ToString() + " " + a.Subtopic + " " + a.Message;
        }
    }
}
