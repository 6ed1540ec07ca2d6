using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Conformance;

/// <summary>
/// Runs a <see cref="GoldenTrace"/> through the verifier and interpreter and compares the actions with its
/// expectations. The same code is the device's self-test and a host test, so a pass on both means both
/// targets decide the same actions from the same rows. Inputs without a column are Unknown, except time.*
/// inputs, which come from the row's local time (Unknown when the row has none).
/// </summary>
public static class TraceRunner
{
    /// <summary>Empty when the actions match, else the first difference.</summary>
    public static string Run(GoldenTrace trace)
    {
        VerifyResult verdict = Verifier.Load(trace.Image, out Image? image);
        if (!verdict.IsValid || image == null) return "image refused: " + verdict.ToString();
        if (trace.Values.Length != trace.Rows * trace.Columns.Length) return "trace has " + trace.Values.Length.ToString() + " values, not rows × columns";
        Interpreter vm = new Interpreter(image);
        Snapshot snapshot = vm.NewSnapshot();
        int[] column = new int[image.Inputs.Length];
        int[] timeKind = new int[image.Inputs.Length];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = IndexOf(trace.Columns, image.Inputs[i]);
            timeKind[i] = TimeInputs.KindOf(image.Inputs[i]);
        }
        int next = 0;
        for (int row = 0; row < trace.Rows; row++)
        {
            Fill(trace, row, column, timeKind, snapshot);
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

    private static void Fill(GoldenTrace trace, int row, int[] column, int[] timeKind, Snapshot snapshot)
    {
        long seconds = trace.LocalSeconds[row];
        for (int i = 0; i < column.Length; i++)
        {
            if (column[i] >= 0)
            {
                long value = trace.Values[row * trace.Columns.Length + column[i]];
                if (value == GoldenTrace.Invalid) snapshot.SetInvalid(i);
                else snapshot.Set(i, value);
            }
            else if (timeKind[i] != TimeInputs.None && seconds >= 0)
            {
                // Trace times are wall-clock local times: the offset changes no time.* field.
                snapshot.Set(i, TimeInputs.Value(timeKind[i], LocalTime.FromLocalSeconds(seconds, 0, false)));
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
