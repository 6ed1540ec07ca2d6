using SmartGateway.Generated;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Simulator.Devices;

/// <summary>
/// The models the simulator can stand in for: the device maps of rules/devices, compiled at build time by the
/// same front end the host uses at run time (SmartGateway.Generator), so a simulated device serves exactly the
/// registers and encodings of its map. A model string ("MC740") is served by the map that matches it, as on a gateway.
/// </summary>
public static class SimulatedModels
{
    /// <summary>A new copy of every map, in catalogue order.</summary>
    public static DeviceMap[] Maps() =>
        [IE38MDDeviceMap.Create(), WM3M4CDeviceMap.Create(), WM1DeviceMap.Create(), MC7x0DeviceMap.Create(), BI432DeviceMap.Create()];

    /// <summary>The map serving a device that identifies itself as model.</summary>
    public static DeviceMap MapFor(string model) =>
        Maps().FirstOrDefault(m => m.Serves(model))
        ?? throw new ArgumentException($"no device map in rules/devices serves model \"{model}\"", nameof(model));

    /// <summary>Where a meter's settings live beyond its map; null for a map that is not a meter (a Bicom).</summary>
    public static MeterFamily? FamilyOf(DeviceMap map) => map.Model switch
    {
        "IE38MD" => MeterFamily.Impact,
        "WM3M4C" or "WM1" => MeterFamily.Wm,
        "MC7x0" => MeterFamily.MeasuringCentre,
        _ => null,
    };

    /// <summary>
    /// A simulated device of the model: a meter, or a Bicom relay for a map with Bicom registers; "HVAC" is the demo
    /// site's HVAC controller, which no gateway map serves (it has no identification).
    /// </summary>
    public static SimulatedDevice Create(string model, string serial)
    {
        if (model == HvacController.ModelName) return new HvacController(serial);
        DeviceMap map = MapFor(model);
        if (map.Bicom != null) return new BicomRelay(map, model, serial);
        MeterFamily family = FamilyOf(map) ?? throw new ArgumentException($"the simulator has no behaviour for the device map {map.Model}", nameof(model));
        return new IskraMeter(map, family, model, serial);
    }
}
