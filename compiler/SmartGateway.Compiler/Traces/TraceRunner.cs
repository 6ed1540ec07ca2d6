using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary>One action the interpreter queued, at the tick it was queued.</summary>
public sealed record ExecutedAction(long Tick, string Automation, ActionEntry Action);

/// <summary>
/// Runs a verified image over a trace exactly as the gateway would: one snapshot per row, one tick
/// per snapshot, actions in queue order. The trace's <c>time</c> column feeds the time.* inputs and,
/// when the trace has no <c>tariff</c> column, the tariff calendar decides the <c>tariff</c> input.
/// </summary>
public static class TraceRunner
{
    public static IEnumerable<ExecutedAction> Run(Image image, Trace trace, TariffCalendar? calendar = null)
    {
        var interpreter = new Interpreter(image);
        Snapshot snapshot = interpreter.NewSnapshot();
        int[] column = new int[image.Inputs.Length];
        int[] timeKind = new int[image.Inputs.Length];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = trace.ColumnOf(image.Inputs[i]);
            timeKind[i] = TimeInputs.KindOf(image.Inputs[i]);
        }
        for (int row = 0; row < trace.Rows.Count; row++)
        {
            long?[] values = trace.Rows[row];
            long? local = trace.Times?[row] is DateTime d ? LocalTime.ToLocalSeconds(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second) : null;
            for (int i = 0; i < column.Length; i++)
            {
                long? v = column[i] >= 0 ? values[column[i]]
                    : local is not long seconds ? null
                    : timeKind[i] != TimeInputs.None ? TimeInputs.Value(timeKind[i], LocalTime.FromLocalSeconds(seconds, 0, false))
                    : image.Inputs[i] == "tariff" && calendar != null ? Fixed.FromInt(calendar.TariffAtLocal(seconds))
                    : null;
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
}
