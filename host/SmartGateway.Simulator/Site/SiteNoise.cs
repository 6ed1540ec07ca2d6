namespace SmartGateway.Simulator.Site;

/// <summary>
/// Smooth pseudo-random wobble as a pure function of a seed and the time: the same seed gives the same waveform on
/// every run, whichever moments a master happens to poll, and different seeds never move together.
/// </summary>
public static class SiteNoise
{
    /// <summary>A value in −1..1 that changes smoothly over about <paramref name="period"/> seconds.</summary>
    public static double Smooth(ulong seed, double seconds, double period)
    {
        double x = seconds / period;
        double floor = Math.Floor(x);
        double f = x - floor;
        double blend = f * f * (3 - 2 * f);
        long i = (long)floor;
        return Lattice(seed, i) * (1 - blend) + Lattice(seed, i + 1) * blend;
    }

    /// <summary>A seed for one part of the site, derived from the site's seed and a name.</summary>
    public static ulong Derive(int seed, string name)
    {
        ulong hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (char c in name) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    private static double Lattice(ulong seed, long i)
    {
        // SplitMix64 of the seed and the lattice point.
        ulong z = seed + (ulong)i * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (2.0 / (1UL << 53)) - 1;
    }
}
