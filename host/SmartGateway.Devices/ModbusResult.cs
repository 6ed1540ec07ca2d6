using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Devices;

/// <summary>How one transaction ended (a <see cref="TransactionStatus"/>), and the registers when it was a successful read.</summary>
public sealed record ModbusResult(byte Status, byte ExceptionCode, ushort[] Registers, int Attempts, byte LastFailure)
{
    public bool Ok => Status == TransactionStatus.Ok;

    public override string ToString() => Status == TransactionStatus.Exception
        ? Runtime.Modbus.ExceptionCode.Name(ExceptionCode)
        : TransactionStatus.Name(Status);
}
