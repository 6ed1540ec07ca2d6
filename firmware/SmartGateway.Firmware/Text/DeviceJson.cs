using SmartGateway.Firmware.Config;
using SmartGateway.Firmware.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Firmware.Text;

/// <summary>
/// The JSON shapes Home Assistant's pyiskra reads (docs/SG-REST.md §4), used by REST and by the MQTT
/// measurements/counters commands (manual §4.3: "MQTT payload format is consistent with the REST API").
/// Measurements use the legacy string encoding every pyiskra version accepts ("233.0 V", bare numbers for
/// PA, THD, frequency and temperature); an invalid value is "" (falsy, so pyiskra skips it).
/// </summary>
public static class DeviceJson
{
    public static string Gateway(GatewayConfig c) =>
        new JsonWriter().BeginObject().BeginObject("device")
            .String("model_type", c.model_type).String("serial_number", c.serial_number).String("sw_ver", c.sw_ver)
            .String("description", c.description).String("location", c.location)
            .EndObject().EndObject().ToString();

    /// <summary>Every slot in REST order; unconfigured right IR and RS485 slots are listed "Disabled".</summary>
    public static string Devices(DeviceRegistry registry)
    {
        JsonWriter w = new JsonWriter().BeginObject().BeginArray("devices");
        Slot(w, registry.Find("ir.left"), "Left IR Device");
        Slot(w, registry.Find("ir.right"), "Right IR Device");
        DeviceSlot[] all = registry.All;
        for (int i = 0; i < all.Length; i++) if (all[i].Interface.StartsWith("rs485.")) Slot(w, all[i], all[i].Label);
        return w.EndArray().EndObject().ToString();
    }

    public static string Measurements(DeviceSlot slot)
    {
        JsonWriter w = new JsonWriter().BeginObject().BeginObject("measurements").BeginArray("Phases");
        int phases = slot.Map.IndexOf("U.L3") >= 0 ? 3 : 1;
        for (int p = 1; p <= phases; p++)
        {
            string l = ".L" + p.ToString();
            w.BeginObject()
                .String("U", WithUnit(slot, "U" + l, "V")).String("I", WithUnit(slot, "I" + l, "A"))
                .String("P", WithUnit(slot, "P" + l, "W")).String("Q", WithUnit(slot, "Q" + l, "var"))
                .String("S", WithUnit(slot, "S" + l, "VA")).String("PF", PowerFactor(slot, "PF" + l, "P" + l, "Q" + l))
                .String("PA", Bare(slot, "angle" + l)).String("THDUp", Bare(slot, "thdU" + l)).String("THDI", Bare(slot, "thdI" + l))
                .EndObject();
        }
        w.EndArray().BeginObject("Total")
            .String("P", WithUnit(slot, "P", "W")).String("Q", WithUnit(slot, "Q", "var")).String("S", WithUnit(slot, "S", "VA"))
            .String("PF", PowerFactor(slot, "PF", "P", "Q")).String("PA", Bare(slot, "angle"))
            .EndObject();
        return w.String("Frequency", Bare(slot, "f")).String("Temperature", Bare(slot, "temp")).EndObject().EndObject().ToString();
    }

    public static string Counters(DeviceSlot slot)
    {
        JsonWriter w = new JsonWriter().BeginObject().BeginObject("counters");
        CounterList(w, slot, "non_resettable", false);
        CounterList(w, slot, "resettable", true);
        return w.EndObject().EndObject().ToString();
    }

    private static void CounterList(JsonWriter w, DeviceSlot slot, string name, bool resettable)
    {
        w.BeginArray(name);
        Counter[] counters = slot.Map.Counters;
        for (int i = 0; i < counters.Length; i++)
        {
            Counter c = counters[i];
            if (c.Resettable != resettable) continue;
            int m = slot.Map.IndexOf(c.Value.Path);
            w.BeginObject().String("name", "Counter " + c.Number.ToString());
            if (m >= 0 && slot.Valid[m]) w.Fixed("value", slot.Values[m]);
            else w.Null("value");
            w.String("unit", c.Value.Unit).String("direction", c.Direction == CounterDirection.Export ? "export" : "import").EndObject();
        }
        w.EndArray();
    }

    private static void Slot(JsonWriter w, DeviceSlot slot, string label)
    {
        w.BeginObject().String("interface", label);
        int address = slot == null ? 0 : slot.Unit;
        if (slot == null) w.Null("address");
        else w.Number("address", address);
        string model = slot == null ? "Disabled" : slot.Model.Length > 0 ? slot.Model : slot.Online ? slot.Map.Model : "Not Detected";
        w.String("model", model).String("serial", slot == null ? "" : slot.Serial)
            .String("description", slot == null ? "" : slot.Description).String("location", slot == null ? "" : slot.Location)
            .String("sw_ver", "").EndObject();
    }

    private static string WithUnit(DeviceSlot slot, string path, string unit)
    {
        string value = Bare(slot, path);
        return value.Length == 0 ? "" : value + " " + unit;
    }

    /// <summary>
    /// pyiskra &lt; 0.1.19 needs a second token: "Cap" when the reactive power opposes the active power (IEC quadrants
    /// II and IV, what the meter's T7 flag says), else "Ind"; the value is negative for export as the map decodes it.
    /// </summary>
    private static string PowerFactor(DeviceSlot slot, string path, string active, string reactive)
    {
        string value = Bare(slot, path);
        if (value.Length == 0) return "";
        int p = slot.Map.IndexOf(active);
        int q = slot.Map.IndexOf(reactive);
        bool capacitive = p >= 0 && q >= 0 && slot.Valid[p] && slot.Valid[q] && slot.Values[q] != 0
            && (slot.Values[p] < 0) != (slot.Values[q] < 0);
        return value + (capacitive ? " Cap" : " Ind");
    }

    private static string Bare(DeviceSlot slot, string path)
    {
        int m = slot.Map.IndexOf(path);
        if (m < 0 || !slot.Valid[m]) return "";
        string text = Fixed.ToText(slot.Values[m]);
        // A bare "0" is falsy in Python and would be skipped: always give a fraction point.
        return text.IndexOf('.') < 0 ? text + ".0" : text;
    }
}
