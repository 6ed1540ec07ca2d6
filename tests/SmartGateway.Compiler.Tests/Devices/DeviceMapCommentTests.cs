using System.Text.Json.Nodes;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;

namespace SmartGateway.Compiler.Tests.Devices;

/// <summary>docs/FORMATS.md "Comments" for device maps: each comment stays by its statement, in the DSL and in the JSON.</summary>
public sealed class DeviceMapCommentTests
{
    /// <summary>A comment by every kind of statement, in canonical layout.</summary>
    private const string Commented = """
        # X9 meter map
        # from the vendor's table

        model "X9"  // the model
        matches "X9", "X8"
        # why
        notes "a test map"
        notes "second note"  # second
        identification model_register 1 model_words 8 serial_register 9 serial_words 4  # ids

        # values
        readable input 100 count 20 note "values"
        readable holding 200 count 10  // settings

        measurement U.L1 = input 100 float32 V low_first scale -1
        # power

        # with exponent
        measurement P = input 104 int32 W exponent 103  # signed

        counter 3 = input 110 uint32 varh scale 2 tariff 2 export resettable note "reactive"  # reactive

        # relay
        bicom state 200 control 201 on 5 off 6 toggle 7

        writable "limit" = 202 int32 -1.5 .. 2000.25 note "kW"  # limit

        communication address 205 baud 206 { 9600 = 3 }  # serial
        # end of map

        """;

    private static DeviceMapModel Model(string path, string text)
    {
        var bag = new DiagnosticBag();
        DeviceMapModel? model = DeviceMapFiles.ReadModel(path, text, bag);
        Assert.True(model != null && !bag.HasErrors, string.Join("\n", bag.Items));
        return model;
    }

    [Fact]
    public void FmtKeepsEveryCommentByItsStatement() => Assert.Equal(Commented, DeviceMapFormatter.ToDsl(Model("m.sgd", Commented)));

    [Fact]
    public void DslToJsonToDslKeepsEveryComment() =>
        Assert.Equal(Commented, DeviceMapFormatter.ToDsl(Model("devices/m.json", DeviceMapFormatter.ToJson(Model("m.sgd", Commented)))));

    [Fact]
    public void TheJsonCarriesEachCommentOnItsNode()
    {
        JsonNode json = JsonNode.Parse(DeviceMapFormatter.ToJson(Model("m.sgd", Commented)))!;
        Assert.Equal("// the model", json["comments"]!["model"]!["after"]!.GetValue<string>());
        Assert.Equal("# why", json["comments"]!["notes_0"]!["before"]![0]!.GetValue<string>());
        Assert.Equal("# second", json["comments"]!["notes_1"]!["after"]!.GetValue<string>());
        Assert.Equal("# ids", json["identification"]!["comments"]!["after"]!.GetValue<string>());
        Assert.Equal("// settings", json["readable"]![1]!["comments"]!["after"]!.GetValue<string>());
        Assert.Equal("[\"# power\",\"\",\"# with exponent\"]", json["measurements"]![1]!["comments"]!["before"]!.ToJsonString());
        Assert.Equal("# relay", json["bicom"]!["comments"]!["before"]![0]!.GetValue<string>());
        Assert.Equal("# serial", json["communication"]!["comments"]!["after"]!.GetValue<string>());
        Assert.Equal("# end of map", json["comments"]!["trailer"]![0]!.GetValue<string>());
    }

    [Fact]
    public void CommentsNeverChangeTheTables()
    {
        var bag = new DiagnosticBag();
        string plain = string.Join("\n", Commented.Split('\n').Select(l => l.Split(["  #", "  //"], StringSplitOptions.None)[0])
            .Where(l => !l.StartsWith('#')));
        Assert.Equal(DeviceMapFiles.Compile("plain.sgd", plain, bag)!.Measurements.Select(m => (m.Path, m.Register)),
            DeviceMapFiles.Compile("m.sgd", Commented, bag)!.Measurements.Select(m => (m.Path, m.Register)));
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void ACommentThatIsNotOneIsRefusedAtItsPlace()
    {
        const string json = "{\"version\": 1, \"model\": \"X9\", \"readable\": [],\n \"measurements\": [{\"path\": \"P\", \"register\": 1, \"type\": \"t6\", \"unit\": \"W\", \"comments\": {\"before\": [\"power\"]}}]}";
        var bag = new DiagnosticBag();
        DeviceMapFiles.ReadModel("devices/m.json", json, bag);
        Diagnostic d = Assert.Single(bag.Items);
        Assert.Equal(("SG0111", 2, 99), (d.Code, d.Span.Line, d.Span.Column));
        Assert.Contains("measurements[0].comments.before[0]", d.Message);
    }
}
