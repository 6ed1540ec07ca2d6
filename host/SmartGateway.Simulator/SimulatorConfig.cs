using System.Text.Json;
using System.Text.Json.Serialization;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator;

/// <summary>The simulator's JSON configuration: devices by unit with their model and faults, and serial line settings.</summary>
public sealed class SimulatorConfig
{
    public int Seed { get; set; } = 1;
    public bool Frozen { get; set; }
    public List<DeviceConfig> Devices { get; set; } = [];
    public SerialConfig Serial { get; set; } = new();

    public static SimulatorConfig Load(string path)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        return JsonSerializer.Deserialize<SimulatorConfig>(File.ReadAllText(path), options)
            ?? throw new JsonException("the configuration is empty");
    }

    public SimulatedBus CreateBus()
    {
        if (Devices.Count == 0)
        {
            var standard = SimulatedBus.CreateDefault(Seed);
            standard.Frozen = Frozen;
            return standard;
        }
        var bus = new SimulatedBus(Seed) { Frozen = Frozen };
        foreach (DeviceConfig d in Devices) bus.Add(d.Unit, d.Create(), d.Faults);
        return bus;
    }
}

public sealed class DeviceConfig
{
    public byte Unit { get; set; }

    /// <summary>What the device identifies as; the device map in rules/devices that serves it decides its registers.</summary>
    public string Model { get; set; } = "WM3M4C";

    public string Serial { get; set; } = "";
    public FaultSettings Faults { get; set; } = new();

    public SimulatedDevice Create()
    {
        string serial = Serial.Length > 0 ? Serial : "S" + Unit.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return SimulatedModels.Create(Model, serial);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"device {Unit}: {e.Message}");
        }
    }
}

public sealed class SerialConfig
{
    public int Baud { get; set; } = 115200;
    public string Parity { get; set; } = "none";
    public int StopBits { get; set; } = 1;
    public bool Pace { get; set; } = true;
    public long LatencyMicros { get; set; } = 1000;
}
