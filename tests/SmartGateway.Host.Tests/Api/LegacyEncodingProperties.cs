using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Host.Api;

namespace SmartGateway.Host.Tests.Api;

public sealed class LegacyEncodingProperties
{
    /// <summary>Whatever a meter reports, pyiskra's float() reads back the value rounded to the shown decimals.</summary>
    [Property(MaxTest = 500)]
    public Property BareNumbersReadBackAsTheRoundedValue(NormalFloat value, PositiveInt decimals)
    {
        double v = value.Get % 1e7;
        int d = decimals.Get % 5;
        string text = LegacyEncoding.Bare(v, d);
        double back = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return (Math.Abs(back - Math.Round(v, d, MidpointRounding.ToEven)) <= 1e-12 * Math.Max(1, Math.Abs(v)))
            .Label($"{v} with {d} decimals became \"{text}\"");
    }

    /// <summary>"value unit" always splits into exactly two tokens, whatever the sign.</summary>
    [Property(MaxTest = 200)]
    public bool ValuesWithUnitsAreTwoTokens(NormalFloat value) =>
        LegacyEncoding.WithUnit(value.Get % 1e7, 1, "var").Split(' ').Length == 2;
}
