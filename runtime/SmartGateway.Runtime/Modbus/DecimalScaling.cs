namespace SmartGateway.Runtime.Modbus;

/// <summary>
/// Exact integer × 10^k with round half to even when k is negative, the one rounding rule of docs/DESIGN.md.
/// Returns false instead of saturating: a value outside the micro-unit range is not a reading.
/// </summary>
public static class DecimalScaling
{
    /// <summary>value × 10^exponent, exponent in [-30, 30].</summary>
    public static bool Scale(long value, int exponent, out long result)
    {
        result = 0;
        if (exponent >= 0)
        {
            long r = value;
            for (int i = 0; i < exponent; i++)
            {
                if (r > long.MaxValue / 10 || r < long.MinValue / 10) return false;
                r *= 10;
            }
            result = r;
            return true;
        }
        if (exponent < -30) return false;
        bool negative = value < 0;
        ulong magnitude = negative ? unchecked((ulong)(-(value + 1)) + 1UL) : (ulong)value;
        ulong quotient = magnitude;
        bool roundedAway = false;
        // Divide by 10 one step at a time, remembering whether anything non-zero was dropped: the last
        // digit decides up/down, earlier ones only break the tie of an exact half.
        ulong lastDigit = 0;
        bool sticky = false;
        for (int i = 0; i < -exponent; i++)
        {
            if (lastDigit != 0) sticky = true;
            lastDigit = quotient % 10;
            quotient /= 10;
            if (quotient == 0 && i + 1 < -exponent)
            {
                if (lastDigit != 0) sticky = true;
                lastDigit = 0;
                // Everything left is below a tenth of the unit: the result rounds to zero.
                roundedAway = true;
                break;
            }
        }
        if (!roundedAway)
        {
            bool up = lastDigit > 5 || (lastDigit == 5 && (sticky || (quotient & 1) == 1));
            if (up) quotient++;
        }
        if (quotient > (ulong)long.MaxValue) return false;
        result = negative ? -(long)quotient : (long)quotient;
        return true;
    }
}
