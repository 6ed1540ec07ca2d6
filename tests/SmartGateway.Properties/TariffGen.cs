using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SmartGateway.Properties;

/// <summary>
/// Random tariff calendars in the DSL: one to five tariffs (some priced, names with quotes and accents),
/// one to three seasons of one to six schedule entries from hour 0 upwards, up to three holidays.
/// </summary>
internal static class TariffGen
{
    private static readonly Gen<string> Name = Gen.Elements("F1", "Night", "Día \"alta\"", "Peak\\high", "Weekend");

    private static readonly Gen<string> Tariff =
        from name in Name
        from price in Gen.Elements("", " price 0.1", " price 0.254")
        select $"{Quote(name)}{price}";

    private static Gen<string> Season(int tariffs, string start) =>
        from name in Name
        from days in Gen.Elements("workday", "weekend, holiday", "workday, weekend, holiday", "saturday")
        from hours in Gen.Choose(0, 5).SelectMany(n => Gen.Choose(1, 23).ArrayOf(n))
        from uses in Gen.Choose(1, tariffs).ArrayOf(6)
        select $"season {Quote(name)} starts {start} on {days} {{\n"
            + string.Concat(new[] { 0 }.Concat(hours.Distinct().Order()).Select((h, i) => $"  {h} => {uses[i]}\n"))
            + "}\n";

    private static readonly Gen<string> Holiday =
        from name in Name
        from date in Gen.Elements("01-01", "12-25", "2025-04-21", "2026-04-06")
        from days in Gen.Elements("", " for 2 days", " for 1 day")
        select $"holiday {Quote(name)} {date}{days}\n";

    public static Gen<string> Calendar() =>
        from tariffs in Gen.Choose(1, 5)
        from named in Tariff.ArrayOf(tariffs)
        from seasons in Gen.Choose(1, 3)
        from winter in Season(tariffs, "01-01")
        from spring in Season(tariffs, "04-01")
        from autumn in Season(tariffs, "10-01")
        from holidays in Gen.Choose(0, 3).SelectMany(n => Holiday.ArrayOf(n))
        select new StringBuilder("timezone \"CET-1CEST,M3.5.0,M10.5.0/3\"\n")
            .AppendJoin("", named.Select((t, i) => $"tariff {i + 1} {t}\n"))
            .AppendJoin("", new[] { winter, spring, autumn }.Take(seasons))
            .AppendJoin("", holidays)
            .ToString();

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
