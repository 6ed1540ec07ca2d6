using System.Globalization;
using System.Text;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Benchmarks;

/// <summary>
/// The benchmark rule sets. <see cref="Varied"/> is the honest one: automations that all differ (mixed
/// one- and two-input compares, and/or/not nesting, <c>for</c>, <c>min on</c>/<c>min off</c>, both modes)
/// over ~100 inputs, from a fixed seed. <see cref="Dsl"/> is the older workload of copies of one shape
/// (six comparisons each), whose repeated pattern hides dispatch mispredictions; it is kept as a
/// second case and for the compile benchmarks.
/// </summary>
public static class Workload
{
    /// <summary>rs485.1–24 × P, Q, U.L1, I.L1 plus the IR ports, the hour and the temperature: 100 inputs.</summary>
    public static readonly string[] VariedInputs =
    [
        .. Enumerable.Range(1, 24).SelectMany(m => new[] { $"rs485.{m}.P", $"rs485.{m}.Q", $"rs485.{m}.U.L1", $"rs485.{m}.I.L1" }),
        "ir.left.P", "ir.right.P", "time.hour", "temperature",
    ];

    public static string Dsl(int automations)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < automations; i++)
        {
            int a = i % 16 + 1, b = (i + 5) % 16 + 1;
            sb.Append($$"""
                automation "load {{i}}" {{(i % 2 == 0 ? "on change" : "continuous")}} {
                  min on {{i % 5}} min
                  when (rs485.{{a}}.P - rs485.{{b}}.P > {{i % 7 + 1}} kW ± 200 W for 30 s
                        and rs485.{{a}}.U.L1 < 250 V ± 2 V
                        and not rs485.{{b}}.I.L2 >= 32 A ± 1 A)
                       or (time.hour >= 6 and time.hour < 22 and ir.left.P + ir.right.P <= 15 kW ± 500 W)
                  then { bicom rs485.{{a}} on; mqtt 1 "load/{{i}}" "on" }
                  else { bicom rs485.{{a}} off; modbus {{b}} write 3011 int16 {{i % 100}} }
                }

                """);
        }
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="automations"/> different automations of 4–8 comparisons each (about 6 on average),
    /// generated from <paramref name="seed"/>: the same seed always gives the same text.
    /// </summary>
    public static string Varied(int automations, int seed = 17)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < automations; i++)
        {
            string mode = random.Next(2) == 0 ? "on change" : "continuous";
            sb.Append(CultureInfo.InvariantCulture, $"automation \"varied {i}\" {mode} {{\n");
            if (random.Next(3) == 0) sb.Append(CultureInfo.InvariantCulture, $"  min on {random.Next(1, 10)} s\n");
            if (random.Next(4) == 0) sb.Append(CultureInfo.InvariantCulture, $"  min off {random.Next(1, 10)} s\n");
            sb.Append("  when ").Append(Condition(random, random.Next(4, 9), top: true)).Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"  then {{ bicom rs485.{random.Next(1, 25)} on; mqtt 1 \"varied/{i}\" \"on\" }}\n");
            if (random.Next(3) > 0) sb.Append(CultureInfo.InvariantCulture, $"  else modbus {random.Next(1, 25)} write 3011 int16 {random.Next(100)}\n");
            sb.Append("}\n\n");
        }
        return sb.ToString();
    }

    /// <summary>A reading for an input of <see cref="VariedInputs"/> (or of <see cref="Dsl"/>) that straddles the thresholds the generator picks.</summary>
    public static long Reading(string path, Random random)
    {
        if (path == "time.hour") return random.Next(24) * Fixed.Scale;
        if (path == "temperature") return random.Next(0, 40_000) * 1000L;
        if (path.EndsWith(".U.L1", StringComparison.Ordinal)) return random.Next(200_000, 260_000) * 1000L;
        if (path.Contains(".I.", StringComparison.Ordinal)) return random.Next(0, 40_000) * 1000L;
        return random.Next(-5_000, 20_000) * Fixed.Scale;
    }

    private static string Condition(Random random, int leaves, bool top)
    {
        if (leaves == 1) return random.Next(7) == 0 ? "not " + Compare(random) : Compare(random);
        int parts = Math.Min(leaves, random.Next(2, 4));
        var items = new List<string>();
        int left = leaves;
        for (int p = 0; p < parts; p++)
        {
            int take = p == parts - 1 ? left : random.Next(1, left - (parts - p - 1) + 1);
            items.Add(Condition(random, take, top: false));
            left -= take;
        }
        string joined = string.Join(random.Next(2) == 0 ? " and " : " or ", items);
        if (!top && random.Next(5) == 0) return "not (" + joined + ")";
        return top ? joined : "(" + joined + ")";
    }

    private static string Compare(Random random)
    {
        string[] ops = [">", ">=", "<", "<=", "==", "!="];
        string op = ops[random.Next(10) < 8 ? random.Next(4) : random.Next(4, 6)];
        string forClause = random.Next(4) == 0 ? $" for {random.Next(1, 60)} s" : "";
        int kind = random.Next(10);
        if (kind < 4)
        {
            // Power: one input, or the difference or sum of two meters.
            string x = Power(random);
            if (random.Next(2) == 0) x += (random.Next(2) == 0 ? " - " : " + ") + Power(random);
            return $"{x} {op} {random.Next(-2, 12)} kW ± {random.Next(0, 5) * 100} W{forClause}";
        }
        int meter = random.Next(1, 25);
        return kind switch
        {
            4 => $"rs485.{meter}.Q {op} {random.Next(-2, 12)} kvar ± {random.Next(0, 5) * 100} var{forClause}",
            5 or 6 => $"rs485.{meter}.U.L1 {op} {random.Next(215, 245)} V ± {random.Next(0, 4)} V{forClause}",
            7 => $"rs485.{meter}.I.L1 {op} {random.Next(5, 35)} A ± {random.Next(0, 3)} A{forClause}",
            8 => $"time.hour {op} {random.Next(24)}{forClause}",
            _ => $"temperature {op} {random.Next(5, 35)} °C ± 1 °C{forClause}",
        };
    }

    private static string Power(Random random)
    {
        int n = random.Next(26);
        if (n == 24) return "ir.left.P";
        if (n == 25) return "ir.right.P";
        return $"rs485.{n + 1}.P";
    }
}
