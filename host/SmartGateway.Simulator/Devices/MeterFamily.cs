namespace SmartGateway.Simulator.Devices;

/// <summary>
/// Register layout families of Iskra meters (docs/DEVICE-MAPS.md) for what their device maps do not describe:
/// where the counter settings (units, quadrants) and the Impact's configuration registers are.
/// </summary>
public enum MeterFamily
{
    /// <summary>Impact IE38/IE35/IE14: counter settings at holding 421+4n (non-resettable) and 437+4n (resettable).</summary>
    Impact,

    /// <summary>WM3M4/WM3/WM1: counter settings at holding 421+10k, resettable counters first.</summary>
    Wm,

    /// <summary>MC/iMC/MT/iMT analysers: counter settings as WM.</summary>
    MeasuringCentre,
}
