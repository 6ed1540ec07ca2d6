using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>The object encoding of docs/SG-REST.md §4.3: <c>{"value": 233.0, "unit": "V"}</c> under long keys, rounded
/// like the legacy strings. A power factor is signed as in the legacy string (negative for export) and carries the
/// legacy string's Cap/Ind token as <c>"character"</c>.</summary>
public static class ObjectEncoding
{
    public static ObjectMeasurements Encode(DeviceMeasurements m)
    {
        var phases = m.Phases.Select(p => new ObjectPhase(
            Q(p.Voltage, 1, "V"), Q(p.Current, 3, "A"), Q(p.ActivePower, 1, "W"), Q(p.ReactivePower, 1, "var"),
            Q(p.ApparentPower, 1, "VA"), Factor(p.PowerFactor), Q(p.PowerAngle, 2, "°"), Q(p.ThdVoltage, 2, "%"),
            Q(p.ThdCurrent, 2, "%"))).ToList();
        TotalValues t = m.Total;
        var total = new ObjectTotal(Q(t.ActivePower, 1, "W"), Q(t.ReactivePower, 1, "var"), Q(t.ApparentPower, 1, "VA"),
            Factor(t.PowerFactor), Q(t.PowerAngle, 2, "°"));
        return new ObjectMeasurements(phases, total, Q(m.Frequency, 2, "Hz"), m.Temperature is double temperature ? Q(temperature, 2, "°C") : null);
    }

    private static Quantity Q(double value, int decimals, string unit) =>
        new(Math.Round(value, decimals, MidpointRounding.ToEven) + 0.0, unit); // + 0.0 turns -0 into 0

    private static PowerFactorQuantity Factor(PowerFactor pf) =>
        new(Math.Round(pf.Value, 4, MidpointRounding.ToEven) + 0.0, "", pf.Character);
}
