namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// RTU frames: unit address, PDU, CRC-16 (low byte first). A frame's end is known from its own bytes
/// as soon as the function code (and the byte count of a read reply) has arrived, which lets a
/// receiver finish a frame without waiting for t3.5 on ports whose timing it cannot observe.
/// </summary>
public static class RtuFraming
{
    public const int MaxFrame = 256;

    /// <summary>Appends the CRC of frame[0..length) and returns the new length.</summary>
    public static int AppendCrc(byte[] frame, int length)
    {
        ushort crc = Crc16.Compute(frame, 0, length);
        frame[length] = (byte)crc;
        frame[length + 1] = (byte)(crc >> 8);
        return length + 2;
    }

    /// <summary>Builds the complete RTU frame of a request; returns its length.</summary>
    public static int EncodeRequest(ModbusRequest request, byte[] frame)
    {
        frame[0] = request.Unit;
        int pdu = request.EncodePdu(frame, 1);
        return AppendCrc(frame, 1 + pdu);
    }

    /// <summary>
    /// Total length of the reply whose first count bytes are in buffer: 0 while more bytes are needed to
    /// tell, -1 when the function code is not one a reply can carry.
    /// </summary>
    public static int ResponseLength(byte[] buffer, int count)
    {
        if (count < 2) return 0;
        byte function = buffer[1];
        if ((function & FunctionCode.ExceptionFlag) != 0) return 5;
        if (FunctionCode.IsRead(function))
        {
            if (count < 3) return 0;
            return 5 + buffer[2];
        }
        if (function == FunctionCode.WriteSingleRegister || function == FunctionCode.WriteMultipleRegisters) return 8;
        return -1;
    }

    /// <summary>Total length of the request whose first count bytes are in buffer (slave side); same convention.</summary>
    public static int RequestLength(byte[] buffer, int count)
    {
        if (count < 2) return 0;
        byte function = buffer[1];
        if (FunctionCode.IsRead(function) || function == FunctionCode.WriteSingleRegister) return 8;
        if (function == FunctionCode.WriteMultipleRegisters)
        {
            if (count < 7) return 0;
            return 9 + buffer[6];
        }
        return -1;
    }
}
