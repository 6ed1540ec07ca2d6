namespace SmartGateway.Runtime.Modbus;

/// <summary>The Modbus function codes the gateway speaks. A reply with bit 7 set is an exception.</summary>
public static class FunctionCode
{
    public const byte ReadHoldingRegisters = 3;
    public const byte ReadInputRegisters = 4;
    public const byte WriteSingleRegister = 6;
    public const byte WriteMultipleRegisters = 16;
    public const byte ExceptionFlag = 0x80;

    /// <summary>Most registers one read may ask for (the PDU holds 250 data bytes).</summary>
    public const int MaxReadCount = 125;

    /// <summary>Most registers one FC16 write may carry.</summary>
    public const int MaxWriteCount = 123;

    public static bool IsRead(byte function) =>
        function == ReadHoldingRegisters || function == ReadInputRegisters;

    public static bool IsSupported(byte function) =>
        IsRead(function) || function == WriteSingleRegister || function == WriteMultipleRegisters;
}
