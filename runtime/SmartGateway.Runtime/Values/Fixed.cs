namespace SmartGateway.Runtime.Values;

/// <summary>
/// Fixed-point numbers: a long counting micro-units (six decimals). Addition and subtraction saturate
/// at the long range instead of wrapping, because nanoFramework's checked arithmetic does not trap
/// (docs/NANO.md §1) and a wrapped power sum would flip the sign of a decision.
/// </summary>
public static class Fixed
{
    public const long Scale = 1000000;
    public const int Decimals = 6;

    public static long FromInt(long whole)
    {
        if (whole > long.MaxValue / Scale) return long.MaxValue;
        if (whole < long.MinValue / Scale) return long.MinValue;
        return whole * Scale;
    }

    public static long Add(long a, long b)
    {
        long r = unchecked(a + b);
        // Overflow happened iff both operands have the same sign and the result's sign differs.
        if (((a ^ r) & (b ^ r)) < 0) return a < 0 ? long.MinValue : long.MaxValue;
        return r;
    }

    public static long Sub(long a, long b)
    {
        long r = unchecked(a - b);
        if (((a ^ b) & (a ^ r)) < 0) return a < 0 ? long.MinValue : long.MaxValue;
        return r;
    }

    public static long Neg(long a) => a == long.MinValue ? long.MaxValue : -a;

    public static long Abs(long a) => a < 0 ? Neg(a) : a;

    /// <summary>Invariant text with the fewest decimals that keep the value exact: 10500000 → "10.5".</summary>
    public static string ToText(long value)
    {
        bool negative = value < 0;
        // Work on the magnitude as an unsigned number so long.MinValue has one.
        ulong magnitude = negative ? unchecked((ulong)(-(value + 1)) + 1UL) : (ulong)value;
        ulong whole = magnitude / Scale;
        ulong frac = magnitude % Scale;
        string text = whole.ToString();
        if (frac != 0)
        {
            string digits = frac.ToString();
            while (digits.Length < Decimals) digits = "0" + digits;
            int end = digits.Length;
            while (digits[end - 1] == '0') end--;
            text = text + "." + digits.Substring(0, end);
        }
        return negative ? "-" + text : text;
    }

    /// <summary>
    /// Parses invariant base-10 text ("-12.5", "3", "0.000001") exactly. Returns false for anything else,
    /// for more than six decimals and for values outside the long range; never throws.
    /// </summary>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        if (text == null) return false;
        int i = 0;
        int n = text.Length;
        bool negative = false;
        if (i < n && (text[i] == '-' || text[i] == '+'))
        {
            negative = text[i] == '-';
            i++;
        }
        ulong whole = 0;
        int wholeDigits = 0;
        while (i < n && text[i] >= '0' && text[i] <= '9')
        {
            if (whole > (ulong.MaxValue - 9) / 10) return false;
            whole = whole * 10 + (ulong)(text[i] - '0');
            wholeDigits++;
            i++;
        }
        ulong frac = 0;
        int fracDigits = 0;
        if (i < n && text[i] == '.')
        {
            i++;
            while (i < n && text[i] >= '0' && text[i] <= '9')
            {
                if (fracDigits == Decimals)
                {
                    // Extra digits are only accepted when they are zeros: "1.5000000" is still exact.
                    if (text[i] != '0') return false;
                }
                else
                {
                    frac = frac * 10 + (ulong)(text[i] - '0');
                    fracDigits++;
                }
                i++;
            }
            if (fracDigits == 0 && wholeDigits == 0) return false;
        }
        if (wholeDigits == 0 && fracDigits == 0) return false;
        if (i != n) return false;
        while (fracDigits < Decimals)
        {
            frac *= 10;
            fracDigits++;
        }
        // The magnitude may reach 2^63 only for a negative number (long.MinValue).
        const ulong limit = 9223372036854775808UL;
        if (whole > limit / Scale) return false;
        ulong magnitude = whole * Scale + frac;
        if (magnitude > limit || (!negative && magnitude == limit)) return false;
        value = negative ? unchecked(-(long)magnitude) : (long)magnitude;
        return true;
    }
}
