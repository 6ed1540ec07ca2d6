using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Conformance;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// A rule test as the golden trace the device self-test runs (<see cref="GoldenTraceCheck"/>): the trace's
/// columns, local times and values in micro-units, and the expected actions as lines. The images are the
/// caller's to add — compiled here for the host tests (<c>RuleTest.GoldenTrace</c>), embedded from the
/// generated rule and tariff classes in the firmware (SmartGateway.Generator's GoldenTraceGenerator).
/// </summary>
public static class GoldenTraceBuilder
{
    public static GoldenTrace? From(RuleTestCase test, DiagnosticBag diagnostics)
    {
        string[] expected = new string[test.Expected.Count];
        for (int i = 0; i < expected.Length; i++)
        {
            string? line = ExpectedAction.Line(test.Expected[i], diagnostics);
            if (line == null) return null;
            expected[i] = line;
        }
        Trace trace = test.Trace;
        long[] seconds = new long[trace.Rows.Count];
        long[] values = new long[trace.Rows.Count * trace.Columns.Count];
        for (int row = 0; row < trace.Rows.Count; row++)
        {
            seconds[row] = trace.Times?[row] is DateTime t ? LocalTime.ToLocalSeconds(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second) : -1;
            for (int c = 0; c < trace.Columns.Count; c++) values[row * trace.Columns.Count + c] = trace.Rows[row][c] ?? GoldenTrace.Invalid;
        }
        return new GoldenTrace { Name = test.Name, Columns = trace.Columns.ToArray(), LocalSeconds = seconds, Values = values, Expected = expected };
    }
}
