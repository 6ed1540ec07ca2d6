using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;
using static SmartGateway.Properties.CommentGen;

namespace SmartGateway.Properties;

/// <summary>Device maps: the DSL and JSON front ends and formatters agree on every map, comments included.</summary>
public class DeviceMapRoundTripProperties
{
    private static readonly Arbitrary<DeviceMapModel> Maps = Arb.From(DeviceMapGen.Map());
    private static readonly Arbitrary<(string Plain, string Source)> Commented = Arb.From(
        from generated in DeviceMapGen.Map()
        let plain = DeviceMapFormatter.ToDsl(generated)
        from source in Decorate(plain)
        select (plain, source));

    private static readonly JsonSerializerOptions Fields = new() { IncludeFields = true };

    private static DeviceMapModel Read(string path, string text, out string tables)
    {
        var bag = new DiagnosticBag();
        DeviceMapModel? model = DeviceMapFiles.ReadModel(path, text, bag);
        DeviceMap? map = model == null ? null : DeviceMapChecker.Check(model, bag, 0);
        Assert.True(map != null, string.Join("\n", bag.Items) + "\n" + text);
        tables = JsonSerializer.Serialize(map, Fields);
        return model!;
    }

    [Property(MaxTest = 300)]
    public Property DslToJsonToDslIsTheIdentityAndKeepsTheTables() =>
        Prop.ForAll(Maps, generated =>
        {
            string dsl = DeviceMapFormatter.ToDsl(generated);
            string json = DeviceMapFormatter.ToJson(Read("m.sgd", dsl, out string fromDsl));
            DeviceMapModel back = Read("m.json", json, out string fromJson);
            Assert.Equal(dsl, DeviceMapFormatter.ToDsl(back));
            Assert.Equal(json, DeviceMapFormatter.ToJson(back));
            Assert.Equal(fromDsl, fromJson);
        });

    [Property(MaxTest = 300)]
    public Property CommentsStayByTheirStatementThroughFmtAndJson() =>
        Prop.ForAll(Commented, c =>
        {
            DeviceMapModel fromDsl = Read("m.sgd", c.Source, out string tables);
            string formatted = DeviceMapFormatter.ToDsl(fromDsl);
            Assert.Equal(Placed(c.Source), Placed(formatted));
            DeviceMapModel fromJson = Read("m.json", DeviceMapFormatter.ToJson(fromDsl), out string fromJsonTables);
            Assert.Equal(formatted, DeviceMapFormatter.ToDsl(fromJson));
            Read("plain.sgd", c.Plain, out string plainTables);
            Assert.Equal(plainTables, tables);
            Assert.Equal(plainTables, fromJsonTables);
        });
}
