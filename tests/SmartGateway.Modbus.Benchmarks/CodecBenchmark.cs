using BenchmarkDotNet.Attributes;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Modbus.Benchmarks;

/// <summary>Cost of the codec on the host: CRC of a full reply, a float32 decode, one transaction's checks.</summary>
[MemoryDiagnoser]
public class CodecBenchmark
{
    private readonly byte[] _frame = new byte[256];
    private readonly ushort[] _registers = [0x4366, 0x8000];
    private readonly Transaction _transaction = new(false);
    private readonly ModbusRequest _request = ModbusRequest.Read(1, FunctionCode.ReadInputRegisters, 105, 86);
    private byte[] _reply = [];

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_frame);
        _reply = new byte[5 + 2 * 86];
        _reply[0] = 1;
        _reply[1] = 4;
        _reply[2] = 2 * 86;
        RtuFraming.AppendCrc(_reply, 3 + 2 * 86);
    }

    [Benchmark]
    public ushort Crc16Of256Bytes() => Crc16.Compute(_frame, 0, _frame.Length);

    [Benchmark]
    public long Float32ToMicro() => RegisterDecoder.Decode(_registers, 0, RegisterEncoding.Float32, WordOrder.HighFirst, 0, out long v) ? v : 0;

    [Benchmark]
    public byte TransactionOf86Registers()
    {
        _transaction.Begin(_request, 0);
        _transaction.Sent(0);
        _transaction.Receive(_reply, 0, _reply.Length, 1);
        return _transaction.Status;
    }
}
