using System.Text;

namespace SmartGateway.Benchmarks;

/// <summary>
/// The benchmark rule sets: automations of six comparisons each (sums, hysteresis, timers, both
/// modes, and/or/not), over 16 RS485 meters and the IR ports, as a real switchboard might have.
/// </summary>
public static class Workload
{
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
}
