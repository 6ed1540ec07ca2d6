using System.Globalization;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>The legacy string encoding every pyiskra version reads (docs/SG-REST.md §4.3): "value unit" for
/// U, I, P, Q, S and PF, bare numbers for PA, THD, frequency and temperature; invariant culture.</summary>
public static class LegacyEncoding
{
    public static LegacyMeasurements Encode(DeviceMeasurements m)
    {
        var phases = new LegacyPhase[m.Phases.Count];
        for (int n = 0; n < phases.Length; n++)
        {
            PhaseValues p = m.Phases[n];
            phases[n] = new LegacyPhase(
                WithUnit(p.Voltage, 1, "V"), WithUnit(p.Current, 3, "A"), WithUnit(p.ActivePower, 1, "W"),
                WithUnit(p.ReactivePower, 1, "var"), WithUnit(p.ApparentPower, 1, "VA"), Factor(p.PowerFactor),
                Bare(p.PowerAngle, 2), Bare(p.ThdVoltage, 2), Bare(p.ThdCurrent, 2));
        }
        TotalValues t = m.Total;
        var total = new LegacyTotal(WithUnit(t.ActivePower, 1, "W"), WithUnit(t.ReactivePower, 1, "var"),
            WithUnit(t.ApparentPower, 1, "VA"), Factor(t.PowerFactor), Bare(t.PowerAngle, 2));
        return new LegacyMeasurements(phases, total, Bare(m.Frequency, 2), m.Temperature is double temperature ? Bare(temperature, 2) : null);
    }

    public static string WithUnit(double value, int decimals, string unit) => Bare(value, decimals) + " " + unit;

    /// <summary>"0.8952 Cap" / "-0.8952 Ind" (export): pyiskra needs a second token, the web page shows Cap/Ind.</summary>
    public static string Factor(PowerFactor pf) => Bare(pf.Value, 4) + " " + pf.Character;

    public static string Bare(double value, int decimals)
    {
        string text = Math.Round(value, decimals, MidpointRounding.ToEven).ToString("F" + decimals, CultureInfo.InvariantCulture);
        // "-0.0" would parse, but it reads as a sign error to a person.
        return text.StartsWith('-') && double.Parse(text, CultureInfo.InvariantCulture) == 0 ? text[1..] : text;
    }
}
