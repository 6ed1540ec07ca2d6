using SmartGateway.Firmware.Modbus;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Firmware.Devices;

/// <summary>
/// Register writes: rule actions (FC6/FC16 of a fixed-point value encoded by the runtime's
/// <see cref="RegisterEncoder"/>), Bicom switching through the device map's Bicom registers, and the raw
/// writes of the MQTT command set. Returns the transaction status.
/// </summary>
public static class ModbusWriter
{
    public static byte WriteValue(RtuMaster master, int unit, int functionCode, int register, RegisterType type, long micro)
    {
        ushort[] words = new ushort[RegisterTypes.Words(type)];
        if (!RegisterEncoder.Encode(micro, type, WordOrder.HighFirst, words, 0)) return TransactionStatus.Malformed;
        ModbusRequest request = functionCode == FunctionCode.WriteSingleRegister && words.Length == 1
            ? ModbusRequest.WriteSingle((byte)unit, register, words[0])
            : ModbusRequest.WriteMultiple((byte)unit, register, words);
        return master.Execute(request);
    }

    /// <summary>Bicom on/off/toggle (function as <see cref="Runtime.Bytecode.BicomFunction"/>: 0 on, 1 off, 2 toggle).</summary>
    public static byte Bicom(RtuMaster master, int unit, BicomControl bicom, int function)
    {
        int value;
        if (function == 0) value = bicom.OnValue;
        else if (function == 1) value = bicom.OffValue;
        else if (bicom.ToggleValue >= 0) value = bicom.ToggleValue;
        else
        {
            // No toggle code: read the state and write its opposite.
            byte read = master.Execute(ModbusRequest.Read((byte)unit, FunctionCode.ReadHoldingRegisters, bicom.StateRegister, 1));
            if (read != TransactionStatus.Ok) return read;
            value = master.Last.Registers[0] == bicom.OnValue ? bicom.OffValue : bicom.OnValue;
        }
        return master.Execute(ModbusRequest.WriteSingle((byte)unit, bicom.ControlRegister, value));
    }

    /// <summary>Reads the relay state: 1 on, 0 off, -1 no answer.</summary>
    public static int BicomState(RtuMaster master, int unit, BicomControl bicom)
    {
        byte read = master.Execute(ModbusRequest.Read((byte)unit, FunctionCode.ReadHoldingRegisters, bicom.StateRegister, 1));
        if (read != TransactionStatus.Ok) return -1;
        return master.Last.Registers[0] == bicom.OnValue ? 1 : 0;
    }
}
