namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// The 7-byte header of Modbus TCP (MBAP): transaction id, protocol id 0, length of what follows
/// (unit byte plus PDU), unit id. No CRC: TCP checks the bytes.
/// </summary>
public static class MbapHeader
{
    public const int Size = 7;

    /// <summary>Largest PDU an MBAP frame may carry (length field ≤ 254 including the unit byte).</summary>
    public const int MaxPdu = 253;

    public static void Write(byte[] buffer, int offset, int transactionId, byte unit, int pduLength)
    {
        BigEndian.PutU16(buffer, offset, transactionId);
        BigEndian.PutU16(buffer, offset + 2, 0);
        BigEndian.PutU16(buffer, offset + 4, pduLength + 1);
        buffer[offset + 6] = unit;
    }

    public static ushort TransactionId(byte[] buffer, int offset) => BigEndian.U16(buffer, offset);

    public static ushort ProtocolId(byte[] buffer, int offset) => BigEndian.U16(buffer, offset + 2);

    /// <summary>The length field: unit byte plus PDU.</summary>
    public static ushort Length(byte[] buffer, int offset) => BigEndian.U16(buffer, offset + 4);

    public static byte Unit(byte[] buffer, int offset) => buffer[offset + 6];

    /// <summary>Builds a complete request frame (header and PDU); returns its length.</summary>
    public static int EncodeRequest(ModbusRequest request, int transactionId, byte[] frame)
    {
        int pdu = request.EncodePdu(frame, Size);
        Write(frame, 0, transactionId, request.Unit, pdu);
        return Size + pdu;
    }
}
