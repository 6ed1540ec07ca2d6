namespace SmartGateway.Runtime.Inputs;

/// <summary>The gateway's `pulse` input: S0 pulses counted against the meter constant (imp/kWh) → micro-Wh.</summary>
public static class PulseEnergy
{
    /// <summary>pulses · 10^9 / pulsesPerKwh micro-Wh, truncated; 0 for a meter constant ≤ 0.</summary>
    public static long ToMicroWh(long pulses, long pulsesPerKwh)
    {
        if (pulsesPerKwh <= 0) return 0;
        // Whole kWh and the rest apart, so pulses · 10^9 cannot overflow for any count a meter reaches.
        long whole = pulses / pulsesPerKwh;
        long rest = pulses % pulsesPerKwh;
        return whole * 1000000000 + rest * 1000000000 / pulsesPerKwh;
    }
}
