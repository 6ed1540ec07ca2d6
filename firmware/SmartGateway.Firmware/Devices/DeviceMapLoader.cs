using System;
using System.IO;
using nanoFramework.Json;
using SmartGateway.Firmware.Storage;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Devices;

/// <summary>Reads a device map file from flash into the runtime's <see cref="DeviceMap"/> tables.</summary>
public static class DeviceMapLoader
{
    /// <summary>The map of a model, or null (with the reason) when the file is missing or unreadable.</summary>
    public static DeviceMap Load(string model, out string error)
    {
        error = "";
        string path = FlashPaths.Maps + model + ".json";
        if (!File.Exists(path))
        {
            error = "no device map " + path;
            return null;
        }
        DeviceMapDocument doc;
        try
        {
            doc = (DeviceMapDocument)JsonConvert.DeserializeObject(File.ReadAllText(path), typeof(DeviceMapDocument));
        }
        catch (Exception e)
        {
            error = path + ": " + e.Message;
            return null;
        }
        return doc == null ? null : FromDocument(doc, out error);
    }

    public static DeviceMap FromDocument(DeviceMapDocument doc, out string error)
    {
        error = "";
        var map = new DeviceMap();
        map.Model = doc.model;
        map.Matches = doc.matches ?? new string[0];
        RangeDocument[] ranges = doc.readable ?? new RangeDocument[0];
        map.Readable = new RegisterRange[ranges.Length];
        for (int i = 0; i < ranges.Length; i++)
        {
            byte table;
            if (!RegisterTable.TryParse(ranges[i].table, out table)) { error = "readable[" + i.ToString() + "]: table " + ranges[i].table; return null; }
            map.Readable[i] = new RegisterRange(table, ranges[i].start, ranges[i].count);
        }
        PointDocument[] points = doc.measurements ?? new PointDocument[0];
        PointDocument[] counters = doc.counters ?? new PointDocument[0];
        map.Measurements = new Measurement[points.Length + counters.Length];
        map.Counters = new Counter[counters.Length];
        for (int i = 0; i < points.Length; i++)
        {
            Measurement m = Point(points[i], points[i].path, out error);
            if (m == null) { error = "measurements[" + i.ToString() + "]: " + error; return null; }
            map.Measurements[i] = m;
        }
        for (int i = 0; i < counters.Length; i++)
        {
            PointDocument c = counters[i];
            Measurement m = Point(c, "counter." + c.number.ToString(), out error);
            if (m == null) { error = "counters[" + i.ToString() + "]: " + error; return null; }
            var counter = new Counter();
            counter.Number = c.number;
            counter.Tariff = c.tariff;
            byte direction;
            CounterDirection.TryParse(c.direction, out direction);
            counter.Direction = direction;
            counter.Resettable = c.resettable;
            counter.Value = m;
            map.Counters[i] = counter;
            map.Measurements[points.Length + i] = m;
        }
        if (doc.bicom != null)
        {
            var b = new BicomControl();
            b.StateRegister = doc.bicom.state_register;
            b.ControlRegister = doc.bicom.control_register;
            b.OnValue = doc.bicom.on;
            b.OffValue = doc.bicom.off;
            b.ToggleValue = doc.bicom.toggle;
            map.Bicom = b;
        }
        return map;
    }

    private static Measurement Point(PointDocument p, string path, out string error)
    {
        error = "";
        var m = new Measurement();
        m.Path = path;
        if (!RegisterTable.TryParse(p.table, out m.Table)) { error = "table " + p.table; return null; }
        if (!RegisterEncoding.TryParse(p.type, out m.Encoding)) { error = "type " + p.type; return null; }
        if (!WordOrder.TryParse(p.word_order, out m.WordOrder)) { error = "word_order " + p.word_order; return null; }
        m.Register = p.register;
        m.Scale = p.scale;
        m.ExponentRegister = p.exponent_register;
        m.Unit = p.unit;
        return m;
    }
}
