using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary>
/// What a rule set would have done over stored history, per target: each Bicom's commands, switches
/// and time on / off / unknown; each Modbus register's writes; each MQTT subtopic's messages.
/// Every Bicom the rule set can command is listed, commanded or not. A Bicom's state is unknown until
/// its first on/off command (a toggle of an unknown state stays unknown); a switch is a command that
/// may move the relay: every toggle, and an on/off unless the relay is already known to be in that
/// state. Times are in ticks, one second each, from the trace's start to its end.
/// </summary>
public sealed class ReplayReport
{
    public long Ticks { get; private set; }
    public SortedDictionary<string, BicomStats> Bicoms { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<(int Address, int Register), ModbusStats> Registers { get; } = [];
    public SortedDictionary<(int Link, string Subtopic), int> Messages { get; } = [];

    public sealed class BicomStats
    {
        /// <summary>true on, false off, null unknown.</summary>
        public bool? State { get; internal set; }
        public long Since { get; internal set; }
        public int Commands { get; internal set; }
        public int Switches { get; internal set; }
        public long OnTicks { get; internal set; }
        public long OffTicks { get; internal set; }
        public long UnknownTicks { get; internal set; }
    }

    public sealed class ModbusStats
    {
        public int Writes { get; internal set; }
        public int FunctionCode { get; internal set; }
        public RegisterType Type { get; internal set; }
        public long LastValue { get; internal set; }
    }

    public static ReplayReport Run(Image image, Trace trace, Runtime.Time.TariffCalendar? calendar)
    {
        var report = new ReplayReport { Ticks = trace.Rows.Count };
        foreach (ActionEntry a in image.Actions)
        {
            if (a.Kind == ActionKind.Bicom) report.Bicoms.TryAdd(a.Target, new BicomStats());
        }
        return report.Finish(TraceRunner.Run(image, trace, calendar));
    }

    private ReplayReport Finish(IEnumerable<ExecutedAction> actions)
    {
        foreach (ExecutedAction a in actions) Add(a);
        foreach (BicomStats b in Bicoms.Values) Account(b, Ticks);
        return this;
    }

    private void Add(ExecutedAction executed)
    {
        ActionEntry a = executed.Action;
        switch (a.Kind)
        {
            case ActionKind.Bicom:
                if (!Bicoms.TryGetValue(a.Target, out BicomStats? b))
                {
                    Bicoms[a.Target] = b = new BicomStats();
                }
                bool? next = a.BicomFunction switch
                {
                    BicomFunction.On => true,
                    BicomFunction.Off => false,
                    _ => b.State is bool s ? !s : null,
                };
                b.Commands++;
                if (next == b.State && next != null) return;
                Account(b, executed.Tick);
                b.Switches++;
                b.State = next;
                b.Since = executed.Tick;
                return;
            case ActionKind.Modbus:
                (int Address, int Register) key = (a.Address, a.Register);
                if (!Registers.TryGetValue(key, out ModbusStats? m)) Registers[key] = m = new ModbusStats();
                m.Writes++;
                m.FunctionCode = a.FunctionCode;
                m.Type = a.ValueType;
                m.LastValue = a.Value;
                return;
            default:
                Messages[(a.Link, a.Subtopic)] = Messages.GetValueOrDefault((a.Link, a.Subtopic)) + 1;
                return;
        }
    }

    /// <summary>Adds the time from the state's start to <paramref name="until"/> to that state's total.</summary>
    private static void Account(BicomStats b, long until)
    {
        long span = until - b.Since;
        if (b.State == true) b.OnTicks += span;
        else if (b.State == false) b.OffTicks += span;
        else b.UnknownTicks += span;
        b.Since = until;
    }
}
