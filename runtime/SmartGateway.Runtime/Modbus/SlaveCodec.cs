namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// The slave side of the PDU: decode a request, encode a normal or exception reply. The simulator and
/// the gateway's own Modbus server (unit 34) answer through this.
/// </summary>
public static class SlaveCodec
{
    /// <summary>
    /// Decodes a request PDU into request (whose Unit the caller sets). Returns ExceptionCode.None or the
    /// exception to answer with (illegal function for unknown codes, illegal data value for bad counts).
    /// </summary>
    public static byte DecodeRequest(byte[] pdu, int offset, int length, ModbusRequest request)
    {
        if (length < 1) return ExceptionCode.IllegalFunction;
        byte function = pdu[offset];
        request.Function = function;
        request.Values = null;
        if (!FunctionCode.IsSupported(function)) return ExceptionCode.IllegalFunction;
        if (length < 5) return ExceptionCode.IllegalDataValue;
        request.Address = BigEndian.U16(pdu, offset + 1);
        if (function == FunctionCode.WriteSingleRegister)
        {
            if (length != 5) return ExceptionCode.IllegalDataValue;
            request.Count = 1;
            request.Values = new ushort[] { BigEndian.U16(pdu, offset + 3) };
            return ExceptionCode.None;
        }
        request.Count = BigEndian.U16(pdu, offset + 3);
        if (FunctionCode.IsRead(function))
        {
            if (length != 5 || request.Count < 1 || request.Count > FunctionCode.MaxReadCount) return ExceptionCode.IllegalDataValue;
            if (request.Address + request.Count > 65536) return ExceptionCode.IllegalDataAddress;
            return ExceptionCode.None;
        }
        if (length < 6 || request.Count < 1 || request.Count > FunctionCode.MaxWriteCount) return ExceptionCode.IllegalDataValue;
        if (pdu[offset + 5] != 2 * request.Count || length != 6 + 2 * request.Count) return ExceptionCode.IllegalDataValue;
        if (request.Address + request.Count > 65536) return ExceptionCode.IllegalDataAddress;
        ushort[] values = new ushort[request.Count];
        for (int i = 0; i < values.Length; i++) values[i] = BigEndian.U16(pdu, offset + 6 + 2 * i);
        request.Values = values;
        return ExceptionCode.None;
    }

    /// <summary>Reply to a read: function, byte count, registers. Returns the PDU length.</summary>
    public static int EncodeReadReply(byte function, ushort[] registers, int start, int count, byte[] buffer, int offset)
    {
        buffer[offset] = function;
        buffer[offset + 1] = (byte)(2 * count);
        for (int i = 0; i < count; i++) BigEndian.PutU16(buffer, offset + 2 + 2 * i, registers[start + i]);
        return 2 + 2 * count;
    }

    /// <summary>Reply to FC6 (address, value) or FC16 (address, count). Returns the PDU length (5).</summary>
    public static int EncodeWriteReply(ModbusRequest request, byte[] buffer, int offset)
    {
        buffer[offset] = request.Function;
        BigEndian.PutU16(buffer, offset + 1, request.Address);
        int second = request.Function == FunctionCode.WriteSingleRegister ? request.Values![0] : request.Count;
        BigEndian.PutU16(buffer, offset + 3, second);
        return 5;
    }

    public static int EncodeException(byte function, byte code, byte[] buffer, int offset)
    {
        buffer[offset] = (byte)(function | FunctionCode.ExceptionFlag);
        buffer[offset + 1] = code;
        return 2;
    }
}
