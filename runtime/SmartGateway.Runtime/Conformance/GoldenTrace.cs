namespace SmartGateway.Runtime.Conformance;

/// <summary>
/// One golden trace: a compiled rule image, input rows and the actions a rule test expects, each as
/// "TICK AUTOMATION: ACTION" in <see cref="ActionText"/>'s wording. The device self-test embeds these as
/// C# data generated from the rule tests at build time (SmartGateway.Generator); the host builds them from the
/// same rule tests (SmartGateway.Compiler.Traces.RuleTest.GoldenTrace).
/// </summary>
public sealed class GoldenTrace
{
    public string Name = "";
    public byte[] Image = new byte[0];

    /// <summary>Input paths of the value columns.</summary>
    public string[] Columns = new string[0];

    /// <summary>Local wall-clock seconds of each row (the trace's time column), or -1 when the row has none.</summary>
    public long[] LocalSeconds = new long[0];

    /// <summary>Row-major values in micro-units, Columns.Length per row; <see cref="Invalid"/> for an empty cell.</summary>
    public long[] Values = new long[0];

    public string[] Expected = new string[0];

    /// <summary>Compiled tariff calendar (sgc tariff -o) deciding the `tariff` input, or empty for none.</summary>
    public byte[] Tariffs = new byte[0];

    /// <summary>Marks an empty cell (Unknown input); no reading is this value.</summary>
    public const long Invalid = long.MinValue;

    public int Rows => LocalSeconds.Length;
}
