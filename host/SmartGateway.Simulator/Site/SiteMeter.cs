using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator.Site;

/// <summary>
/// Drives one meter of the house with one of its loads at the site's present instant: the meter's phases are the
/// house phases it is wired to, its voltages the supply's less a small drop of its own, and its temperature its own.
/// </summary>
public sealed class SiteMeter(House house, SiteMeter.Load load, string name, int seed, params int[] housePhases) : ILoadDriver
{
    public delegate void Load(DateTimeOffset t, Span<double> p, Span<double> q);

    private readonly ulong _seed = SiteNoise.Derive(seed, name);

    public void Drive(ThreePhaseModel model)
    {
        DateTimeOffset now = house.Clock.Now;
        double seconds = now.ToUnixTimeMilliseconds() / 1000.0;
        Span<double> p = stackalloc double[3];
        Span<double> q = stackalloc double[3];
        load(now, p, q);
        Span<double> volts = stackalloc double[3];
        Span<double> watts = stackalloc double[3];
        Span<double> vars = stackalloc double[3];
        for (int m = 0; m < model.Phases; m++)
        {
            int l = housePhases.Length > m ? housePhases[m] : m;
            double drop = 0.3 * (1 + SiteNoise.Smooth(_seed, seconds + 1000 * l, 3600)) + 0.0004 * Math.Abs(p[l]);
            volts[m] = house.Volts(now, l) - drop;
            watts[m] = p[l];
            vars[m] = q[l];
        }
        double temperature = 31 + 4 * SiteNoise.Smooth(_seed, seconds, 7200);
        model.Drive(volts, watts, vars, house.Frequency(now), temperature);
    }
}
