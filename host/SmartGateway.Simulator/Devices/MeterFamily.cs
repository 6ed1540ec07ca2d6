namespace SmartGateway.Simulator.Devices;

/// <summary>Register layout families of Iskra meters (docs/DEVICE-MAPS.md).</summary>
public enum MeterFamily
{
    /// <summary>Impact IE38/IE35/IE14: T5/T6 measurements at 100–190, float32 counters at 2750–2845.</summary>
    Impact,

    /// <summary>WM3M4/WM3M4C: measurements as Impact, int32 counters with exponents at 400–463.</summary>
    Wm,

    /// <summary>MC/iMC/MT analysers: float32 measurements at 2500–2605, counters as WM at 400–493.</summary>
    MeasuringCentre,
}
