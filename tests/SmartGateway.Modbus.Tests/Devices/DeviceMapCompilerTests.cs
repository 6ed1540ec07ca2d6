using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Modbus.Tests.Devices;

public class DeviceMapCompilerTests
{
    private static (DeviceMap? Map, List<string> Messages) Compile(string text)
    {
        var bag = new DiagnosticBag();
        DeviceMap? map = DeviceMapCompiler.Compile("m.json", text, bag);
        return (map, bag.Items.Select(d => d.ToString()).ToList());
    }

    private const string Minimal = """
        {
          "version": 1,
          "model": "X1",
          "readable": [ { "table": "input", "start": 100, "count": 10 } ],
          "measurements": [ { "path": "U.L1", "register": 100, "type": "t5", "unit": "V" } ]
        }
        """;

    [Fact]
    public void EveryShippedMapCompilesWithoutDiagnostics()
    {
        foreach (string file in Directory.GetFiles(ShippedMaps.Directory, "*.json").Where(f => !DeviceMapFiles.IsBusSetupFile(f)))
        {
            var bag = new DiagnosticBag();
            Assert.NotNull(DeviceMapCompiler.Compile(file, File.ReadAllText(file), bag));
            Assert.Empty(bag.Items);
        }
    }

    [Fact]
    public void MinimalMapBuildsItsTable()
    {
        (DeviceMap? map, List<string>? messages) = Compile(Minimal);
        Assert.Empty(messages);
        Measurement m = map!.Measurements[0];
        Assert.Equal(("U.L1", 100, RegisterEncoding.T5, RegisterTable.Input), (m.Path, m.Register, m.Encoding, m.Table));
    }

    [Fact]
    public void UnknownMemberIsReportedAtItsLineAndColumn()
    {
        (DeviceMap? map, List<string>? messages) = Compile(Minimal.Replace("\"type\": \"t5\"", "\"type\": \"t5\", \"colour\": 1"));
        Assert.Null(map);
        Assert.Equal("m.json(5,70): error SG0101: measurements[0]: unknown member \"colour\"", Assert.Single(messages));
    }

    [Fact]
    public void UnknownInputPathIsSG4001()
    {
        (DeviceMap? _, List<string>? messages) = Compile(Minimal.Replace("U.L1", "U.L4"));
        Assert.Contains(messages, m => m.StartsWith("m.json(5,31): error SG4001: measurements[0].path", StringComparison.Ordinal));
    }

    [Fact]
    public void WrongUnitIsSG4005()
    {
        (DeviceMap? _, List<string>? messages) = Compile(Minimal.Replace("\"V\"", "\"A\""));
        Assert.Contains(messages, m => m.Contains("error SG4005: measurements[0].unit: \"U.L1\" is measured in V, not \"A\"", StringComparison.Ordinal));
    }

    [Fact]
    public void RegisterOutsideReadableRangesIsSG4004()
    {
        (DeviceMap? _, List<string>? messages) = Compile(Minimal.Replace("\"register\": 100", "\"register\": 109"));
        Assert.Contains(messages, m => m.Contains("error SG4004", StringComparison.Ordinal) && m.Contains("109–110", StringComparison.Ordinal));
    }

    [Fact]
    public void SyntaxErrorCarriesItsPosition()
    {
        (DeviceMap? map, List<string>? messages) = Compile("{\n  \"version\": 1,\n  \"model\" \"X\"\n}");
        Assert.Null(map);
        Assert.StartsWith("m.json(3,11): error SG0100", Assert.Single(messages));
    }

    [Fact]
    public void DuplicateCounterNumberIsSG4006()
    {
        string text = Minimal.Replace("\"measurements\"", """
            "counters": [
              { "number": 1, "register": 100, "type": "uint32", "unit": "Wh" },
              { "number": 1, "register": 102, "type": "uint32", "unit": "Wh" } ],
            "measurements"
            """);
        (DeviceMap? _, List<string>? messages) = Compile(text);
        Assert.Contains(messages, m => m.Contains("error SG4006: counters[1].number: counter number 1", StringComparison.Ordinal));
    }
}
