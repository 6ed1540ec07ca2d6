using SmartGateway.Simulator.Devices;

namespace SmartGateway.Simulator.Site;

/// <summary>
/// The demo house: what each of its loads draws at an instant, per phase L1–L3, in W and var (Q positive inductive,
/// negative capacitive), as pure functions of the site's clock, its seed and the switches (Bicoms, HVAC mode), so a
/// run repeats with the same seed. Sized so the manual's heater example (on below 5 kW ± 200 W) never chatters:
/// by day the house without the water heater stays under 4 kW.
/// </summary>
public sealed class House(SiteClock clock, int seed)
{
    /// <summary>Peak of the PV array on a clear summer noon (an 8 kWp roof).</summary>
    public const double PvPeakWatts = 7600;
    public const double WaterHeaterWatts = 1050;
    public const double NonEssentialWatts = 450;

    private static readonly double[] SupplyVolts = [231.2, 230.4, 232.1];
    private static readonly double[] BaseWatts = [110, 80, 95];
    private static readonly double[] MorningWatts = [420, 300, 220];
    private static readonly double[] EveningWatts = [700, 650, 450];
    private readonly ulong _seed = SiteNoise.Derive(seed, "house");

    public SiteClock Clock => clock;

    /// <summary>Switches the water heater (a heat-pump water heater on L2, its own meter); none = always on.</summary>
    public BicomRelay? WaterHeaterRelay { get; set; }

    /// <summary>Switches the non-essential loads (a garden pump on L3); none = always on.</summary>
    public BicomRelay? NonEssentialRelay { get; set; }

    /// <summary>The heat pump's controller: eco mode runs it at 60 %; none = normal mode.</summary>
    public HvacController? Hvac { get; set; }

    /// <summary>The household circuits: standby, a cycling fridge, electronics (capacitive), morning and evening use.</summary>
    public void Household(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        double s = Seconds(t);
        (double hour, _) = clock.Local(t);
        double morning = Bell(hour, 7.5, 0.8);
        double evening = Bell(hour, 19.5, 1.5);
        double day = hour is > 9 and < 17 ? 0.25 : 0;
        bool fridge = Noise("fridge", s, 500) > 0.1;
        for (int l = 0; l < 3; l++)
        {
            double use = (MorningWatts[l] * morning + EveningWatts[l] * evening + EveningWatts[l] * day) * (1 + 0.3 * Noise("use" + l, s, 90));
            p[l] = BaseWatts[l] * (1 + 0.1 * Noise("base" + l, s, 300)) + use;
            q[l] = -45 - 15 * Noise("electronics" + l, s, 600) + 0.2 * use;
        }
        if (fridge)
        {
            p[0] += 110;
            q[0] += 140;
        }
    }

    /// <summary>
    /// The PV inverter as its meter sees it (production positive): a bell over the local day, longer and higher in
    /// summer, under drifting clouds; it supplies some reactive power (capacitive), and its filter a little at night.
    /// </summary>
    public void Pv(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        double s = Seconds(t);
        (double hour, int yearDay) = clock.Local(t);
        double season = Math.Sin(2 * Math.PI * (yearDay - 80) / 365.0);
        double dayLength = 12 + 3.8 * season;
        double x = (hour - (12.5 - dayLength / 2)) / dayLength;
        double sun = x is > 0 and < 1 ? Math.Pow(Math.Sin(Math.PI * x), 1.6) : 0;
        double clouds = Math.Clamp(0.8 + 0.3 * Noise("clouds", s, 1200) + 0.12 * Noise("cloudlets", s, 60), 0.15, 1);
        double watts = PvPeakWatts * (0.7 + 0.3 * season) * sun * clouds / 3;
        for (int l = 0; l < 3; l++)
        {
            p[l] = watts * (1 + 0.01 * Noise("pv" + l, s, 30));
            q[l] = watts > 0 ? -0.2 * p[l] * (0.6 + 0.4 * Noise("pvq", s, 900)) : -12;
        }
    }

    /// <summary>The heat-pump water heater on L2: its compressor when the Bicom is on, its controller's standby when off.</summary>
    public void WaterHeater(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        p.Clear();
        q.Clear();
        if (WaterHeaterRelay is { On: false })
        {
            p[1] = 6;
            q[1] = -18;
            return;
        }
        p[1] = WaterHeaterWatts + 60 * Noise("heater", Seconds(t), 300);
        q[1] = 0.62 * p[1];
    }

    /// <summary>The non-essential loads on L3 (a pump, inductive) while the right IR Bicom is on.</summary>
    public void NonEssential(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        p.Clear();
        q.Clear();
        if (NonEssentialRelay is { On: false }) return;
        p[2] = NonEssentialWatts * (1 + 0.03 * Noise("pump", Seconds(t), 120));
        q[2] = 0.8 * p[2];
    }

    /// <summary>The space-heating heat pump: heat demand from the outdoor temperature, 60 % in eco mode.</summary>
    public void HeatPump(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        double s = Seconds(t);
        (double hour, int yearDay) = clock.Local(t);
        double outdoor = 12 - 10 * Math.Cos(2 * Math.PI * (yearDay - 15) / 365.0) + 5 * Math.Sin(2 * Math.PI * (hour - 9) / 24);
        double demand = Math.Max(0, 16 - outdoor) * 90 * (1 + 0.1 * Noise("compressor", s, 240));
        if (Hvac is { Eco: true }) demand *= 0.6;
        for (int l = 0; l < 3; l++)
        {
            p[l] = 7 + demand / 3;
            q[l] = demand > 0 ? 0.3 * demand / 3 : -4;
        }
    }

    /// <summary>The connection to the grid: every load less the PV (import positive, export negative).</summary>
    public void Grid(DateTimeOffset t, Span<double> p, Span<double> q)
    {
        Span<double> lp = stackalloc double[3];
        Span<double> lq = stackalloc double[3];
        p.Clear();
        q.Clear();
        Add(Household, t, p, q, lp, lq, 1);
        Add(WaterHeater, t, p, q, lp, lq, 1);
        Add(NonEssential, t, p, q, lp, lq, 1);
        Add(HeatPump, t, p, q, lp, lq, 1);
        Add(Pv, t, p, q, lp, lq, -1);
    }

    /// <summary>The supply voltage at the house's connection, per phase.</summary>
    public double Volts(DateTimeOffset t, int phase) => SupplyVolts[phase] + 2.5 * Noise("supply" + phase, Seconds(t), 900);

    public double Frequency(DateTimeOffset t) => 50 + 0.03 * Noise("frequency", Seconds(t), 120);

    private delegate void Load(DateTimeOffset t, Span<double> p, Span<double> q);

    private static void Add(Load load, DateTimeOffset t, Span<double> p, Span<double> q, Span<double> lp, Span<double> lq, int sign)
    {
        load(t, lp, lq);
        for (int l = 0; l < 3; l++)
        {
            p[l] += sign * lp[l];
            q[l] += sign * lq[l];
        }
    }

    private double Noise(string part, double seconds, double period) => SiteNoise.Smooth(_seed ^ SiteNoise.Derive(0, part), seconds, period);

    private static double Seconds(DateTimeOffset t) => t.ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>1 at the centre, falling off like a Gaussian of the given width (hours).</summary>
    private static double Bell(double hour, double centre, double width) => Math.Exp(-0.5 * Math.Pow((hour - centre) / width, 2));
}
