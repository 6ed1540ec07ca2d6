namespace SmartGateway.Runtime.Inputs;

/// <summary>
/// PT1000 resistance → temperature for the gateway's `temperature` input, in integer arithmetic only (the
/// device has no double-precision Math: docs/NANO.md §1.1): linear interpolation in the IEC 60751 table every
/// 10 °C from −50 to 150 °C. Between table points the Callendar–Van Dusen curve departs from the chords
/// by under 0.005 °C, far below what the ADC resolves.
/// </summary>
public static class Pt1000
{
    public const int MinCelsius = -50;
    public const int MaxCelsius = 150;
    private const int StepCelsius = 10;

    /// <summary>IEC 60751 PT1000 resistance in mΩ at −50, −40, …, 150 °C (Callendar–Van Dusen, rounded).</summary>
    private static readonly long[] Milliohms =
    {
        803063, 842707, 882217, 921599, 960859, 1000000, 1039025, 1077935, 1116729, 1155408, 1193971,
        1232419, 1270751, 1308968, 1347069, 1385055, 1422925, 1460680, 1498319, 1535843, 1573251,
    };

    /// <summary>Temperature in micro-°C of a resistance in mΩ; false outside −50…150 °C (open or shorted sensor).</summary>
    public static bool TryCelsius(long milliohms, out long microCelsius)
    {
        microCelsius = 0;
        if (milliohms < Milliohms[0] || milliohms > Milliohms[Milliohms.Length - 1]) return false;
        int i = 0;
        while (i < Milliohms.Length - 2 && milliohms > Milliohms[i + 1]) i++;
        long span = Milliohms[i + 1] - Milliohms[i];
        long start = (long)(MinCelsius + StepCelsius * i) * 1000000;
        microCelsius = start + (milliohms - Milliohms[i]) * StepCelsius * 1000000 / span;
        return true;
    }

    /// <summary>
    /// Sensor resistance of a divider: PT1000 from the ADC pin to ground, a reference resistor from full scale
    /// to the pin, so R = Rref · counts / (fullScale − counts). counts and fullScale may be sums of n samples.
    /// False when the reading is at either rail.
    /// </summary>
    public static bool TryDividerMilliohms(long counts, long fullScale, long referenceMilliohms, out long milliohms)
    {
        milliohms = 0;
        if (counts <= 0 || counts >= fullScale) return false;
        milliohms = referenceMilliohms * counts / (fullScale - counts);
        return true;
    }
}
