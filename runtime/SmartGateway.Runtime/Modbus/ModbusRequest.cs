namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// One request PDU a master sends (FC3, FC4, FC6 or FC16), kept as plain fields so the same object
/// describes what to send and what a valid reply must look like.
/// </summary>
public sealed class ModbusRequest
{
    public byte Unit;
    public byte Function;
    public ushort Address;
    public ushort Count;

    /// <summary>Register values of a write (one for FC6); null for reads.</summary>
    public ushort[]? Values;

    public static ModbusRequest Read(byte unit, byte function, int address, int count)
    {
        var r = new ModbusRequest();
        r.Unit = unit;
        r.Function = function;
        r.Address = (ushort)address;
        r.Count = (ushort)count;
        return r;
    }

    public static ModbusRequest WriteSingle(byte unit, int address, int value)
    {
        var r = new ModbusRequest();
        r.Unit = unit;
        r.Function = FunctionCode.WriteSingleRegister;
        r.Address = (ushort)address;
        r.Count = 1;
        r.Values = new ushort[] { (ushort)value };
        return r;
    }

    public static ModbusRequest WriteMultiple(byte unit, int address, ushort[] values)
    {
        var r = new ModbusRequest();
        r.Unit = unit;
        r.Function = FunctionCode.WriteMultipleRegisters;
        r.Address = (ushort)address;
        r.Count = (ushort)values.Length;
        r.Values = values;
        return r;
    }

    /// <summary>Writes the PDU (function code onwards) at offset; returns its length.</summary>
    public int EncodePdu(byte[] buffer, int offset)
    {
        buffer[offset] = Function;
        BigEndian.PutU16(buffer, offset + 1, Address);
        if (Function == FunctionCode.WriteSingleRegister)
        {
            BigEndian.PutU16(buffer, offset + 3, Values![0]);
            return 5;
        }
        BigEndian.PutU16(buffer, offset + 3, Count);
        if (Function != FunctionCode.WriteMultipleRegisters) return 5;
        buffer[offset + 5] = (byte)(Count * 2);
        for (int i = 0; i < Count; i++) BigEndian.PutU16(buffer, offset + 6 + 2 * i, Values![i]);
        return 6 + 2 * Count;
    }

    /// <summary>Length of the normal reply's PDU: reads carry a byte count and the data, writes echo 5 bytes.</summary>
    public int ResponsePduLength() => FunctionCode.IsRead(Function) ? 2 + 2 * Count : 5;

    /// <summary>False when the request breaks the protocol's limits (count 1–125 reads, 1–123 writes, no wrap past 65535).</summary>
    public bool IsWellFormed()
    {
        if (!FunctionCode.IsSupported(Function)) return false;
        int max = FunctionCode.IsRead(Function) ? FunctionCode.MaxReadCount : FunctionCode.MaxWriteCount;
        if (Count < 1 || Count > max) return false;
        if (Address + Count > 65536) return false;
        if (FunctionCode.IsRead(Function)) return true;
        return Values != null && Values.Length == Count;
    }
}
