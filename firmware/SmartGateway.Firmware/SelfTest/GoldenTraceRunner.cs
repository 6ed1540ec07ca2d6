using System.IO;
using System.Text;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Firmware.SelfTest;

/// <summary>
/// The device's "--selftest": runs every embedded golden trace through the SAME verifier and interpreter
/// the gateway uses and compares the actions with the host's expectations, so "identical semantics" can be
/// checked on real hardware. Writes a report (one line per trace, then the first difference) to flash.
/// </summary>
public static class GoldenTraceRunner
{
    public static bool RunAll(string reportPath)
    {
        GoldenTrace[] traces = GoldenTraces.All();
        StringBuilder report = new StringBuilder();
        bool all = true;
        for (int i = 0; i < traces.Length; i++)
        {
            string failure = Run(traces[i]);
            all = all && failure.Length == 0;
            report.Append(failure.Length == 0 ? "PASS " : "FAIL ").Append(traces[i].Name);
            if (failure.Length > 0) report.Append(": ").Append(failure);
            report.Append('\n');
        }
        report.Append(all ? "all passed\n" : "FAILED\n");
        File.WriteAllText(reportPath, report.ToString());
        return all;
    }

    /// <summary>Empty when the trace's actions match, else the first difference.</summary>
    public static string Run(GoldenTrace trace)
    {
        Image image;
        VerifyResult verdict = Verifier.Load(trace.Image, out image);
        if (!verdict.IsValid || image == null) return "image refused: " + verdict.ToString();
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
                // Trace times are wall-clock local times: the offset does not change any time.* field.
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
