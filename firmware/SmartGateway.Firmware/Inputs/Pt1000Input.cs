using System.Device.Adc;
using SmartGateway.Runtime.Inputs;

namespace SmartGateway.Firmware.Inputs;

/// <summary>
/// The PT1000 temperature input: 16 ADC samples summed, converted by the runtime's integer <see cref="Pt1000"/>
/// (no floating point). ASSUMPTION (board): PT1000 from the ADC pin to ground, a 1000 Ω reference resistor
/// from the ADC's full-scale reference to the pin.
/// </summary>
public sealed class Pt1000Input
{
    public const long ReferenceMilliohms = 1000000;
    private const int Samples = 16;

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
        long milliohms;
        microCelsius = 0;
        return Pt1000.TryDividerMilliohms(sum, (long)_max * Samples, ReferenceMilliohms, out milliohms)
            && Pt1000.TryCelsius(milliohms, out microCelsius);
    }
}
