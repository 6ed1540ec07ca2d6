namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// Checks a reply PDU against the request it answers: unit, function code, byte count, write echo.
/// Registers are copied out only when every check passes.
/// </summary>
public static class ReplyCheck
{
    /// <summary>
    /// Returns a <see cref="TransactionStatus"/>; on Ok a read's registers are in registers[0..Count),
    /// on Exception the code is in exceptionCode.
    /// </summary>
    public static byte Check(ModbusRequest request, byte unit, byte[] pdu, int offset, int length, ushort[] registers, out byte exceptionCode)
    {
        exceptionCode = ExceptionCode.None;
        if (unit != request.Unit) return TransactionStatus.WrongUnit;
        if (length < 2) return TransactionStatus.Malformed;
        byte function = pdu[offset];
        if (function == (byte)(request.Function | FunctionCode.ExceptionFlag))
        {
            if (length != 2) return TransactionStatus.WrongLength;
            exceptionCode = pdu[offset + 1];
            return TransactionStatus.Exception;
        }
        if (function != request.Function) return TransactionStatus.WrongFunction;
        if (FunctionCode.IsRead(function))
        {
            int bytes = pdu[offset + 1];
            if (bytes != 2 * request.Count || length != 2 + bytes) return TransactionStatus.WrongLength;
            for (int i = 0; i < request.Count; i++) registers[i] = BigEndian.U16(pdu, offset + 2 + 2 * i);
            return TransactionStatus.Ok;
        }
        if (length != 5) return TransactionStatus.WrongLength;
        if (BigEndian.U16(pdu, offset + 1) != request.Address) return TransactionStatus.WrongEcho;
        int second = BigEndian.U16(pdu, offset + 3);
        int expected = function == FunctionCode.WriteSingleRegister ? request.Values![0] : request.Count;
        return second == expected ? TransactionStatus.Ok : TransactionStatus.WrongEcho;
    }
}
