using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Properties;

/// <summary>Device maps: the DSL and JSON front ends and formatters agree on every map.</summary>
public class DeviceMapRoundTripProperties
{
    private static readonly Arbitrary<DeviceMapModel> Maps = Arb.From(DeviceMapGen.Map());
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
}
