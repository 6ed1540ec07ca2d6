using System.Globalization;
using System.Text.Json;

namespace SmartGateway.Host.Tests.Support;

/// <summary>The parsing rules of pyiskra &lt; 0.1.19 (docs/SG-REST.md §4.3), the strictest reader: what it would
/// throw on, these throw on too.</summary>
public static class PyIskraRules
{
    /// <summary><c>v.split(" ")</c>, <c>float(t[0])</c>, unit <c>t[-1]</c>.</summary>
    public static (double Value, string Unit) ValueWithUnit(JsonElement v)
    {
        string[] t = v.GetString()!.Split(' ');
        return (PythonFloat(t[0]), t[^1]);
    }

    /// <summary>Total P/Q/S/PF read <c>t[1]</c>: there must be two tokens.</summary>
    public static string SecondToken(JsonElement v)
    {
        string[] t = v.GetString()!.Split(' ');
        Assert.True(t.Length >= 2, $"pyiskra reads t[1] of \"{v.GetString()}\"");
        return t[1];
    }

    /// <summary><c>float(v)</c> on a string or number.</summary>
    public static double Float(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number ? v.GetDouble() : PythonFloat(v.GetString()!);

    private static double PythonFloat(string text)
    {
        Assert.True(double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value),
            $"python float() raises ValueError on \"{text}\"");
        return value;
    }
}
