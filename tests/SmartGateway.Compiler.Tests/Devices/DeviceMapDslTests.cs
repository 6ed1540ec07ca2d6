using System.Text.Json;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using static SmartGateway.Tests.Shared.Repository;

namespace SmartGateway.Compiler.Tests.Devices;

/// <summary>The .sgd device map DSL: same tables as JSON, canonical formatting, errors at their tokens.</summary>
public sealed class DeviceMapDslTests
{
    private const string EveryStatement = """
        model "X9"
        matches "X9", "X8"
        notes "a test map"
        identification model_register 1 model_words 8 serial_register 9 serial_words 4

        readable input 100 count 20 note "values"
        readable holding 200 count 10

        measurement U.L1 = input 100 float32 V low_first scale -1
        measurement P = input 104 int32 W exponent 103

        counter 3 = input 110 uint32 varh scale 2 tariff 2 export resettable note "reactive"

        bicom state 200 control 201 on 5 off 6 toggle 7

        writable "limit" = 202 int32 -1.5 .. 2000.25 note "kW"

        communication address 205 baud 206 { 9600 = 3, 115200 = 7 } parity 207 { none = 0, even = 1 } stop_bits 208 { 1 = 0, 2 = 1 }

        """;

    private static readonly JsonSerializerOptions Fields = new() { IncludeFields = true };

    /// <summary>Every table of a map, as one comparable text.</summary>
    internal static string Tables(DeviceMap map) => JsonSerializer.Serialize(map, Fields);

    private static DeviceMap Compiled(string path, string text)
    {
        var bag = new DiagnosticBag();
        DeviceMap? map = DeviceMapFiles.Compile(path, text, bag);
        Assert.True(map != null && bag.Items.Count == 0, string.Join("\n", bag.Items));
        return map;
    }

    private static DeviceMapModel Model(string path, string text)
    {
        var bag = new DiagnosticBag();
        DeviceMapModel? model = DeviceMapFiles.ReadModel(path, text, bag);
        Assert.True(model != null && !bag.HasErrors, string.Join("\n", bag.Items));
        return model;
    }

    private static Diagnostic Error(string text)
    {
        var bag = new DiagnosticBag();
        Assert.Null(DeviceMapFiles.Compile("m.sgd", text, bag));
        return bag.Items.First(d => d.IsError);
    }

    [Fact]
    public void TheShippedSgdAndItsJsonCompileToIdenticalTables() =>
        Assert.Equal(Tables(Compiled("WM3M4C.json", File.ReadAllText(RepoFile("rules/devices/WM3M4C.json")))),
            Tables(Compiled("WM3M4C.sgd", File.ReadAllText(RepoFile("rules/devices/WM3M4C.sgd")))));

    /// <summary>
    /// The shipped maps, as their DSL, through JSON and back: same text, same tables as the file itself.
    /// (Random maps covering every statement: tests/SmartGateway.Properties, DeviceMapRoundTripProperties.)
    /// </summary>
    [Fact]
    public void EveryShippedMapKeepsItsTablesThroughDslAndJson()
    {
        string[] files = [RepoFile("rules/devices/WM3M4C.sgd"),
            .. Directory.GetFiles(RepoFile("rules/devices"), "*.json").Where(f => !DeviceMapFiles.IsBusSetupFile(f))];
        foreach (string file in files)
        {
            string shipped = File.ReadAllText(file);
            string dsl = DeviceMapFormatter.ToDsl(Model(file, shipped));
            string json = DeviceMapFormatter.ToJson(Model("m.sgd", dsl));
            Assert.Equal(dsl, DeviceMapFormatter.ToDsl(Model("m.json", json)));
            string tables = Tables(Compiled(file, shipped));
            Assert.Equal(tables, Tables(Compiled("m.sgd", dsl)));
            Assert.Equal(tables, Tables(Compiled("m.json", json)));
        }
    }

    [Fact]
    public void EveryStatementFillsItsTable()
    {
        DeviceMap map = Compiled("m.sgd", EveryStatement);
        Assert.Equal(["X9", "X8"], map.Matches);
        Measurement u = map.Measurements[map.IndexOf("U.L1")];
        Assert.Equal((100, Runtime.Modbus.RegisterEncoding.Float32, Runtime.Modbus.WordOrder.LowFirst, -1), (u.Register, u.Encoding, u.WordOrder, u.Scale));
        Assert.Equal(103, map.Measurements[map.IndexOf("P")].ExponentRegister);
        Counter c = Assert.Single(map.Counters);
        Assert.Equal((3, 2, CounterDirection.Export, true, "varh"), (c.Number, c.Tariff, c.Direction, c.Resettable, c.Value.Unit));
        Assert.Equal((200, 201, 5, 6, 7), (map.Bicom!.StateRegister, map.Bicom.ControlRegister, map.Bicom.OnValue, map.Bicom.OffValue, map.Bicom.ToggleValue));
        WritableRegister w = Assert.Single(map.Writable);
        Assert.Equal(("limit", -1_500_000L, 2_000_250_000L), (w.Name, w.Min, w.Max));
        Assert.Equal(["9600", "115200"], map.Communication!.Baud!.Values);
        Assert.Equal([3, 7], map.Communication.Baud.Codes);
    }

    [Fact]
    public void ASyntaxErrorIsSG4020AtItsToken()
    {
        Diagnostic d = Error("model \"X\"\nreadable input 1 cont 5\n");
        Assert.Equal(("SG4020", 2, 18), (d.Code, d.Span.Line, d.Span.Column));
        Assert.StartsWith("m.sgd(2,18): error SG4020: unexpected 'cont'; expected 'count'", d.ToString());
    }

    [Fact]
    public void AnUnknownStatementNamesTheStatements()
    {
        Diagnostic d = Error("model \"X\"\nregister 5\n");
        Assert.Equal(("SG4020", 2, 1), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("measurement", d.Message);
    }

    [Fact]
    public void AnUnknownPathIsTheSameSG4001AsInJsonAtThePath()
    {
        Diagnostic d = Error("model \"X\"\nreadable input 0 count 10\nmeasurement volts = input 1 int16 V\n");
        Assert.Equal(("SG4001", 3, 13), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("measurements[0].path", d.Message);
    }

    [Fact]
    public void AWrongUnitIsSG4005AtTheUnit()
    {
        Diagnostic d = Error("model \"X\"\nreadable input 0 count 10\nmeasurement U.L1 = input 1 int16 A\n");
        Assert.Equal(("SG4005", 3, 34), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void ARegisterOutsideTheReadableRangesIsSG4004()
    {
        Diagnostic d = Error("model \"X\"\nreadable input 0 count 10\nmeasurement f = input 9 int32 Hz\n");
        Assert.Equal(("SG4004", 3, 23), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AnUnknownValueTypeIsReportedAtIt()
    {
        Diagnostic d = Error("model \"X\"\nreadable input 0 count 10\nmeasurement f = input 1 t99 Hz\n");
        Assert.Equal(("SG4020", 3, 25), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AMapWithoutAModelIsSG4023() => Assert.Equal("SG4023", Error("readable input 0 count 10\n").Code);

    [Fact]
    public void ASecondModelIsSG4022AtTheRepeat()
    {
        Diagnostic d = Error("model \"X\"\nmodel \"Y\"\n");
        Assert.Equal(("SG4022", 2, 1), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AnOutOfRangeBicomRegisterIsSG4019()
    {
        Diagnostic d = Error("model \"X\"\nreadable holding 0 count 10\nbicom state 1 control 70000\n");
        Assert.Equal(("SG4019", 3, 23), (d.Code, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void AnUnknownSettingValueIsSG4021()
    {
        Diagnostic d = Error("model \"X\"\ncommunication baud 5 { 9601 = 1 }\n");
        Assert.Equal(("SG4021", 2, 24), (d.Code, d.Span.Line, d.Span.Column));
    }
}
