using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Conformance;

/// <summary>
/// Runs a <see cref="GoldenTrace"/> through the verifier and interpreter and compares the actions with its
/// expectations. The same code is the device's self-test and a host test, so a pass on both means both
/// targets decide the same actions from the same rows. Inputs without a column are Unknown, except time.*
/// inputs, which come from the row's local time, and `tariff`, which the trace's calendar decides at that
/// time (both Unknown when the row has no time) — the rules of sgc's trace runner.
/// </summary>
public static class GoldenTraceCheck
{
    private const int FromColumn = 0;
    private const int FromTime = 1;
    private const int FromCalendar = 2;
    private const int Unknown = 3;

    /// <summary>Empty when the actions match, else the first difference.</summary>
    public static string Run(GoldenTrace trace)
    {
        VerifyResult verdict = Verifier.Load(trace.Image, out Image? image);
        if (!verdict.IsValid || image == null) return "image refused: " + verdict.ToString();
        if (trace.Values.Length != trace.Rows * trace.Columns.Length) return "trace has " + trace.Values.Length.ToString() + " values, not rows × columns";
        TariffCalendar? calendar = null;
        if (trace.Tariffs.Length > 0)
        {
            TariffReadResult read = TariffImageReader.Read(trace.Tariffs, out calendar);
            if (!read.IsValid || calendar == null) return "tariff image refused: " + read.ToString();
        }
        int n = image.Inputs.Length;
        int[] source = new int[n];
        int[] argument = new int[n];
        for (int i = 0; i < n; i++)
        {
            int column = IndexOf(trace.Columns, image.Inputs[i]);
            int time = TimeInputs.KindOf(image.Inputs[i]);
            if (column >= 0) { source[i] = FromColumn; argument[i] = column; }
            else if (time != TimeInputs.None) { source[i] = FromTime; argument[i] = time; }
            else if (calendar != null && image.Inputs[i] == "tariff") source[i] = FromCalendar;
            else source[i] = Unknown;
        }
        var vm = new Interpreter(image);
        Snapshot snapshot = vm.NewSnapshot();
        int next = 0;
        for (int row = 0; row < trace.Rows; row++)
        {
            Fill(trace, row, source, argument, calendar, snapshot);
            vm.Tick(snapshot);
            ActionQueue queue = vm.Actions;
            for (int q = 0; q < queue.Count; q++)
            {
                string actual = row.ToString() + " " + image.Automations[queue.AutomationAt(q)].Name + ": "
                    + ActionText.Describe(image.Actions[queue.ActionAt(q)]);
                if (next >= trace.Expected.Length) return "unexpected \"" + actual + "\"";
                if (actual != trace.Expected[next]) return "expected \"" + trace.Expected[next] + "\", got \"" + actual + "\"";
                next++;
            }
        }
        return next == trace.Expected.Length ? "" : "missing \"" + trace.Expected[next] + "\"";
    }

    private static void Fill(GoldenTrace trace, int row, int[] source, int[] argument, TariffCalendar? calendar, Snapshot snapshot)
    {
        long seconds = trace.LocalSeconds[row];
        for (int i = 0; i < source.Length; i++)
        {
            if (source[i] == FromColumn)
            {
                long value = trace.Values[row * trace.Columns.Length + argument[i]];
                if (value == GoldenTrace.Invalid) snapshot.SetInvalid(i);
                else snapshot.Set(i, value);
            }
            else if (source[i] == FromTime && seconds >= 0)
            {
                // Trace times are wall-clock local times: the offset changes no time.* field.
                snapshot.Set(i, TimeInputs.Value(argument[i], LocalTime.FromLocalSeconds(seconds, 0, false)));
            }
            else if (source[i] == FromCalendar && seconds >= 0)
            {
                snapshot.Set(i, Fixed.FromInt(calendar!.TariffAtLocal(seconds)));
            }
            else
            {
                snapshot.SetInvalid(i);
            }
        }
    }

    private static int IndexOf(string[] names, string name)
    {
        for (int i = 0; i < names.Length; i++) if (names[i] == name) return i;
        return -1;
    }
}
