using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Bytecode;

/// <summary>One decoded action record. Which fields mean something depends on <see cref="Kind"/>.</summary>
public sealed class ActionEntry
{
    public ActionKind Kind;

    /// <summary>Bicom: the interface path ("ir.right", "rs485.32").</summary>
    public string Target = "";
    public BicomFunction BicomFunction;

    /// <summary>Modbus: slave address, function code 6 or 16, first register, type, value in micro-units.</summary>
    public int Address;
    public int FunctionCode;
    public int Register;
    public RegisterType ValueType;
    public long Value;

    /// <summary>MQTT: link 1 or 2, subtopic and message.</summary>
    public int Link;
    public string Subtopic = "";
    public string Message = "";
}
