using System.Device.Adc;

namespace SmartGateway.Firmware.Inputs;

/// <summary>
/// The PT1000 temperature input in integer arithmetic only (no Math doubles, NANO.md N9): ADC counts →
/// sensor resistance through the divider → °C by linear interpolation in the IEC 60751 table every 10 °C
/// (interpolation error below 0.002 °C, far under the ADC's resolution).
/// ASSUMPTION (board): PT1000 from the ADC pin to ground, 1000 Ω reference resistor from the ADC's full-scale
/// reference to the pin, so R = Rref · raw / (max − raw).
/// </summary>
public sealed class Pt1000Input
{
    public const long ReferenceMilliohms = 1000000;
    private const int Samples = 16;
    private const int TableStartCelsius = -50;
    private const int TableStepCelsius = 10;

    /// <summary>IEC 60751 PT1000 resistance in mΩ at −50, −40, …, 150 °C (Callendar–Van Dusen).</summary>
    private static readonly long[] Table =
    {
        803063, 842707, 882217, 921599, 960859, 1000000, 1039025, 1077935, 1116729, 1155408, 1193971,
        1232419, 1270751, 1308968, 1347069, 1385055, 1422925, 1460680, 1498319, 1535843, 1573251,
    };

    private readonly AdcChannel _channel;
    private readonly int _max;

    public Pt1000Input(AdcController adc, int channel)
    {
        _channel = adc.OpenChannel(channel);
        _max = adc.MaxValue;
    }

    /// <summary>Temperature in micro-°C; false when the sensor is open, shorted or outside −50…150 °C.</summary>
    public bool TryRead(out long microCelsius)
    {
        long sum = 0;
        for (int i = 0; i < Samples; i++) sum += _channel.ReadValue();
        return TryConvert(sum, (long)_max * Samples, out microCelsius);
    }

    /// <summary>Summed counts of n samples (fullScale = n · max) → micro-°C.</summary>
    public static bool TryConvert(long sum, long fullScale, out long microCelsius)
    {
        microCelsius = 0;
        if (sum <= 0 || sum >= fullScale) return false;
        long milliohms = ReferenceMilliohms * sum / (fullScale - sum);
        if (milliohms < Table[0] || milliohms > Table[Table.Length - 1]) return false;
        int i = 0;
        while (i < Table.Length - 2 && milliohms > Table[i + 1]) i++;
        long span = Table[i + 1] - Table[i];
        long startMicro = (long)(TableStartCelsius + TableStepCelsius * i) * 1000000;
        microCelsius = startMicro + (milliohms - Table[i]) * TableStepCelsius * 1000000 / span;
        return true;
    }
}
