using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary>One action the interpreter queued, at the tick it was queued.</summary>
public sealed record ExecutedAction(long Tick, string Automation, ActionEntry Action);

/// <summary>
/// Runs a verified image over a trace exactly as the gateway would: one snapshot per row, one tick
/// per snapshot, actions in queue order. The trace's <c>time</c> column feeds the time.* inputs.
/// </summary>
public static class TraceRunner
{
    public static IEnumerable<ExecutedAction> Run(Image image, Trace trace)
    {
        var interpreter = new Interpreter(image);
        Snapshot snapshot = interpreter.NewSnapshot();
        int[] column = new int[image.Inputs.Length];
        for (int i = 0; i < column.Length; i++) column[i] = trace.ColumnOf(image.Inputs[i]);
        for (int row = 0; row < trace.Rows.Count; row++)
        {
            long?[] values = trace.Rows[row];
            DateTime? time = trace.Times?[row];
            for (int i = 0; i < column.Length; i++)
            {
                long? v = column[i] >= 0 ? values[column[i]] : TimeInput(image.Inputs[i], time);
                if (v is long value) snapshot.Set(i, value);
                else snapshot.SetInvalid(i);
            }
            interpreter.Tick(snapshot);
            ActionQueue queue = interpreter.Actions;
            for (int k = 0; k < queue.Count; k++)
            {
                yield return new ExecutedAction(row, image.Automations[queue.AutomationAt(k)].Name, image.Actions[queue.ActionAt(k)]);
            }
        }
    }

    /// <summary>time.* inputs from the row's local time; null (invalid) without one.</summary>
    private static long? TimeInput(string path, DateTime? time)
    {
        if (time is not DateTime t) return null;
        long? whole = path switch
        {
            "time.hour" => t.Hour,
            "time.minute" => t.Minute,
            "time.day" => t.Day,
            "time.month" => t.Month,
            "time.yday" => t.DayOfYear,
            "time.weekday" => ((int)t.DayOfWeek + 6) % 7 + 1,
            _ => null,
        };
        return whole is long w ? Fixed.FromInt(w) : null;
    }
}
