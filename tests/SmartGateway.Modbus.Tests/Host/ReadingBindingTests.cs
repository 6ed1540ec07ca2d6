using FsCheck;
using FsCheck.Xunit;
using SmartGateway.Devices;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Modbus.Tests.Host;

/// <summary>The host's device readings behind the runtime's input binding: resolved once by path, read by index every tick.</summary>
public class ReadingBindingTests
{
    private static readonly string[] Paths =
        ["ir.left.P", "ir.left.P.total", "rs485.1.U.L1", "rs485.33.counter.2", "rs485.2.reg.40.uint16", "ir.right.f"];

    private static InputBinding Bind(DeviceReadings readings, params string[] inputs) => new(new Image { Inputs = inputs }, readings);

    /// <summary>
    /// Whatever the pollers write, before or after the image was bound, a tick's snapshot holds for each input what
    /// its path last read: the value when valid, Unknown otherwise ("IF.P.total" being "IF.P").
    /// </summary>
    [Property(MaxTest = 2000)]
    public bool ABoundInputReadsWhatItsPathLastRead((byte Path, bool Set, long Value)[] before, (byte Path, bool Set, long Value)[] after, byte[] inputs)
    {
        var readings = new DeviceReadings();
        var model = new Dictionary<string, (long Value, bool Valid)>(StringComparer.Ordinal);
        void Apply((byte Path, bool Set, long Value) write)
        {
            string path = Paths[write.Path % Paths.Length];
            string canonical = path.EndsWith(".total", StringComparison.Ordinal) ? path[..^6] : path;
            if (write.Set)
            {
                readings.Set(path, write.Value);
                model[canonical] = (write.Value, true);
            }
            else
            {
                readings.Invalidate(path);
                model[canonical] = (model.GetValueOrDefault(canonical).Value, false);
            }
        }
        foreach ((byte Path, bool Set, long Value) write in before) Apply(write);
        string[] table = inputs.Select(i => Paths[i % Paths.Length]).ToArray();
        InputBinding binding = Bind(readings, table);
        foreach ((byte Path, bool Set, long Value) write in after) Apply(write);
        var snapshot = new Snapshot(table.Length);
        binding.Fill(snapshot, new LocalInputs());
        return table.Select((path, i) =>
        {
            (long value, bool valid) = model.GetValueOrDefault(path.EndsWith(".total", StringComparison.Ordinal) ? path[..^6] : path);
            return snapshot.Valid[i] == valid && (!valid || snapshot.Values[i] == value);
        }).All(ok => ok);
    }

    [Fact]
    public void FillingABoundSnapshotAllocatesNothing()
    {
        var readings = new DeviceReadings();
        string[] inputs = Enumerable.Range(1, 100).Select(unit => $"rs485.{unit}.P").Append("time.hour").Append("temperature").ToArray();
        for (int unit = 1; unit <= 100; unit += 2) readings.Set($"rs485.{unit}.P", unit * 1_000_000L);
        InputBinding binding = Bind(readings, inputs);
        var snapshot = new Snapshot(inputs.Length);
        var local = new LocalInputs { TimeValid = true, TemperatureValid = true, TemperatureMicro = 21_500_000 };
        binding.Fill(snapshot, local); // first call: JIT
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int tick = 0; tick < 1000; tick++) binding.Fill(snapshot, local);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - allocated);
        Assert.Equal(3_000_000, snapshot.Values[2]);
        Assert.False(snapshot.Valid[1]);
    }

    [Fact]
    public void AnInputBoundBeforeItsDeviceAnsweredReadsItOnceItDoes()
    {
        var readings = new DeviceReadings();
        InputBinding binding = Bind(readings, "rs485.7.P");
        var snapshot = new Snapshot(1);
        binding.Fill(snapshot, new LocalInputs());
        Assert.False(snapshot.Valid[0]);
        readings.Set("rs485.7.P", 42);
        binding.Fill(snapshot, new LocalInputs());
        Assert.Equal(42, snapshot.Values[0]);
    }

    [Fact]
    public void InvalidatedReadingKeepsItsLastValueForDisplay()
    {
        var readings = new DeviceReadings();
        readings.Set("rs485.1.f", 50_000_000);
        readings.Invalidate("rs485.1.f");
        DeviceReading r = readings.Get("rs485.1.f");
        Assert.False(r.Valid);
        Assert.Equal(50_000_000, r.Value);
    }

    [Fact]
    public void ReadingsOutgrowTheirFirstCellsKeepingEveryValue()
    {
        var readings = new DeviceReadings();
        for (int unit = 1; unit <= 200; unit++)
        {
            readings.Set($"rs485.{unit}.P", unit);
            readings.Invalidate($"rs485.{unit}.Q");
        }
        Assert.All(Enumerable.Range(1, 200), unit => Assert.Equal(unit, readings.Get($"rs485.{unit}.P").Value));
        Assert.All(Enumerable.Range(1, 200), unit => Assert.False(readings.Get($"rs485.{unit}.Q").Valid));
    }
}
