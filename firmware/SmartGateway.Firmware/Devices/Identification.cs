using System.Text;
using SmartGateway.Firmware.Modbus;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Devices;

/// <summary>Reads a device's model and serial strings (input registers, two ASCII characters each, high byte first).</summary>
public static class Identification
{
    /// <summary>Fills slot.Model and slot.Serial; false when the device did not answer.</summary>
    public static bool Read(RtuMaster master, DeviceSlot slot)
    {
        string model = ReadText(master, slot.Unit, slot.Map.ModelRegister, slot.Map.ModelWords);
        if (model == null) return false;
        string serial = ReadText(master, slot.Unit, slot.Map.SerialRegister, slot.Map.SerialWords);
        slot.Model = model;
        slot.Serial = serial ?? "";
        return true;
    }

    /// <summary>The trimmed text of count registers at register, or null on no answer.</summary>
    public static string ReadText(RtuMaster master, int unit, int register, int count)
    {
        if (master.Execute(ModbusRequest.Read((byte)unit, FunctionCode.ReadInputRegisters, register, count)) != TransactionStatus.Ok) return null;
        var text = new StringBuilder();
        ushort[] words = master.Last.Registers;
        for (int i = 0; i < count; i++)
        {
            Append(text, words[i] >> 8);
            Append(text, words[i] & 0xFF);
        }
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, int c)
    {
        if (c >= 32 && c < 127) text.Append((char)c);
    }
}
