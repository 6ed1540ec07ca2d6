using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Modbus.Tests.Devices;

public class PollPlannerTests
{
    private static readonly BusTiming Rtu115200 = new() { Baud = 115200, DeviceLatencyMicros = 1000 };

    private static int[] All(DeviceMap map) => Enumerable.Range(0, map.Measurements.Length).ToArray();

    [Fact]
    public void WholeWm3m4cIsTwoReads()
    {
        DeviceMap wm = ShippedMaps.Get("WM3M4C");
        PollPlan plan = PollPlanner.Plan([new PollDevice(1, wm, All(wm))], Rtu115200);
        Assert.Equal(new[] { (105, 86), (401, 9) }, plan.Blocks.Select(b => (b.Start, b.Count)));
        Assert.All(plan.Blocks, b => Assert.Equal(FunctionCode.ReadInputRegisters, b.Function));
    }

    [Fact]
    public void GapThatIsNotReadableIsNeverBridged()
    {
        var map = new DeviceMap
        {
            Readable = [new RegisterRange(RegisterTable.Input, 100, 2), new RegisterRange(RegisterTable.Input, 103, 2)],
            Measurements =
            [
                new Measurement { Path = "U.L1", Register = 100, Encoding = RegisterEncoding.T5 },
                new Measurement { Path = "U.L2", Register = 103, Encoding = RegisterEncoding.T5 },
            ],
        };
        PollPlan plan = PollPlanner.Plan([new PollDevice(1, map, [0, 1])], Rtu115200);
        Assert.Equal(2, plan.Blocks.Length);
    }

    [Fact]
    public void ReadsNeverExceed125Registers()
    {
        var map = new DeviceMap
        {
            Readable = [new RegisterRange(RegisterTable.Input, 0, 400)],
            Measurements = Enumerable.Range(0, 150).Select(i => new Measurement { Path = "p" + i, Register = 2 * i, Encoding = RegisterEncoding.UInt32 }).ToArray(),
        };
        PollPlan plan = PollPlanner.Plan([new PollDevice(1, map, Enumerable.Range(0, 150).ToArray())], Rtu115200);
        Assert.All(plan.Blocks, b => Assert.True(b.Count <= 125));
        Assert.Equal(3, plan.Blocks.Length);
        Assert.Equal(150, plan.Blocks.Sum(b => b.Measurements.Length));
    }

    [Fact]
    public void LongReadableGapCostsMoreThanATransactionAndIsNotMerged()
    {
        var map = new DeviceMap
        {
            Readable = [new RegisterRange(RegisterTable.Input, 0, 200)],
            Measurements =
            [
                new Measurement { Path = "a", Register = 0, Encoding = RegisterEncoding.UInt16 },
                new Measurement { Path = "b", Register = 100, Encoding = RegisterEncoding.UInt16 },
            ],
        };
        // At 115200 a register costs 191 µs on the wire; a transaction's overhead is 13 characters, 2 × t3.5 and 1 ms.
        PollPlan plan = PollPlanner.Plan([new PollDevice(1, map, [0, 1])], Rtu115200);
        Assert.Equal(2, plan.Blocks.Length);
    }

    [Fact]
    public void PredictedCycleIsTheWireTimeFormula()
    {
        DeviceMap wm = ShippedMaps.Get("WM3M4C");
        PollPlan plan = PollPlanner.Plan([new PollDevice(1, wm, All(wm))], Rtu115200);
        // 115200 8N1: 10 bits a character, 87 µs; t3.5 = 1750 µs.
        long expected = (8 + 5 + 2 * 86) * 87 + 3500 + 1000 + (8 + 5 + 2 * 9) * 87 + 3500 + 1000;
        Assert.Equal(expected, plan.PredictedCycleMicros);
    }
}
