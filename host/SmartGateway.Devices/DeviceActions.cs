using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Devices;

/// <summary>
/// Carries out the device actions of a rule image: Modbus writes (FC6/FC16 of a value in micro-units)
/// and Bicom on/off/toggle through the Bicom's map.
/// </summary>
public static class DeviceActions
{
    /// <summary>Encodes value as type (high word first) and writes it with FC6 or FC16.</summary>
    public static ModbusResult WriteValue(ModbusBus bus, byte unit, int function, int register, RegisterType type, long value)
    {
        ushort[] words = new ushort[RegisterTypes.Words(type)];
        if (!RegisterEncoder.Encode(value, type, WordOrder.HighFirst, words, 0))
            throw new ArgumentOutOfRangeException(nameof(value), $"{Fixed.ToText(value)} does not fit {RegisterTypes.Name(type)}");
        if (function == FunctionCode.WriteSingleRegister)
        {
            if (words.Length != 1) throw new ArgumentException($"{RegisterTypes.Name(type)} takes two registers: write it with function 16", nameof(function));
            return bus.Execute(ModbusRequest.WriteSingle(unit, register, words[0]));
        }
        if (function != FunctionCode.WriteMultipleRegisters) throw new ArgumentException($"function {function} is not 6 or 16", nameof(function));
        return bus.Execute(ModbusRequest.WriteMultiple(unit, register, words));
    }

    /// <summary>A rule's Modbus action (ActionKind.Modbus) on the RS485 bus.</summary>
    public static ModbusResult Write(ModbusBus bus, ActionEntry action) =>
        WriteValue(bus, (byte)action.Address, action.FunctionCode, action.Register, action.ValueType, action.Value);

    /// <summary>
    /// Switches a Bicom. A device without a toggle command is toggled by reading its state and writing the
    /// opposite; the read must succeed, or nothing is written.
    /// </summary>
    public static ModbusResult Switch(ModbusBus bus, byte unit, BicomControl bicom, BicomFunction function)
    {
        int value;
        if (function == BicomFunction.On) value = bicom.OnValue;
        else if (function == BicomFunction.Off) value = bicom.OffValue;
        else if (bicom.ToggleValue >= 0) value = bicom.ToggleValue;
        else
        {
            ModbusResult state = bus.Execute(ModbusRequest.Read(unit, FunctionCode.ReadHoldingRegisters, bicom.StateRegister, 1));
            if (!state.Ok) return state;
            value = state.Registers[0] == bicom.OnValue ? bicom.OffValue : bicom.OnValue;
        }
        return bus.Execute(ModbusRequest.WriteSingle(unit, bicom.ControlRegister, value));
    }
}
