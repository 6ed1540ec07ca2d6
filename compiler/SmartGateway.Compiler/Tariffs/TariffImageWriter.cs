using System.Text;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>Writes a checked calendar as a tariff image (layout in <see cref="TariffImageFormat"/>).</summary>
public static class TariffImageWriter
{
    public static byte[] Write(TariffCalendarModel m)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Str(string s)
        {
            if (!index.TryGetValue(s, out int i))
            {
                i = strings.Count;
                strings.Add(s);
                index.Add(s, i);
            }
            return i;
        }

        var body = new MemoryStream();
        var w = new BinaryWriter(body);
        int zone = Str(m.TimeZone ?? "UTC0");
        var tariffs = m.Tariffs.OrderBy(t => t.Id).Select(t => (t, name: Str(t.Name))).ToList();
        var seasons = m.Seasons.Select(s => (s, name: Str(s.Name))).ToList();
        var holidays = m.Holidays
            .OrderBy(h => h.Year == 0 ? 0 : 1).ThenBy(h => h.Year).ThenBy(h => h.Month).ThenBy(h => h.Day)
            .Select(h => (h, name: Str(h.Name))).ToList();

        foreach ((TariffDef? t, int name) in tariffs)
        {
            w.Write((byte)t.Id);
            w.Write((byte)0);
            w.Write((ushort)name);
            w.Write(t.Price);
        }
        foreach ((SeasonDef? s, int name) in seasons)
        {
            w.Write((ushort)name);
            w.Write((byte)s.Start.Kind);
            w.Write((byte)s.Start.Month);
            w.Write((byte)s.Start.Day);
            w.Write((byte)0);
            w.Write((ushort)s.Days.Aggregate(0, (mask, d) => mask | DayTypes.Parse(d.Name)));
            w.Write((byte)s.Schedule.Count);
            foreach (ScheduleEntry e in s.Schedule)
            {
                w.Write((byte)e.Hour);
                w.Write((byte)e.Tariff);
            }
        }
        foreach ((HolidayDef? h, int name) in holidays)
        {
            w.Write((ushort)name);
            w.Write((ushort)h.Year);
            w.Write((byte)h.Month);
            w.Write((byte)h.Day);
            w.Write((ushort)h.Duration);
        }
        w.Flush();

        var image = new MemoryStream();
        var iw = new BinaryWriter(image);
        iw.Write(new[] { TariffImageFormat.Magic0, TariffImageFormat.Magic1, TariffImageFormat.Magic2, TariffImageFormat.Magic3 });
        iw.Write(TariffImageFormat.Version);
        iw.Write((ushort)0);
        iw.Write(0u); // length, patched below
        iw.Write(0u); // CRC, patched below
        iw.Write((ushort)strings.Count);
        iw.Write((ushort)tariffs.Count);
        iw.Write((ushort)seasons.Count);
        iw.Write((ushort)holidays.Count);
        iw.Write((ushort)zone);
        iw.Write((ushort)0);
        foreach (string s in strings)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(s);
            iw.Write((ushort)utf8.Length);
            iw.Write(utf8);
        }
        iw.Write(body.ToArray());
        iw.Flush();
        byte[] bytes = image.ToArray();
        ImageEnvelope.Seal(bytes);
        return bytes;
    }
}
