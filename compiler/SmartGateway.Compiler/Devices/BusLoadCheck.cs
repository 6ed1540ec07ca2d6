using System.Globalization;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// The planner's verdict for sgc: SG4101 when one bus cycle, by the wire-time formula, is longer than a
/// tick, so rules on that bus would see inputs older than one tick.
/// </summary>
public static class BusLoadCheck
{
    public static PollPlan Check(string busName, PollDevice[] devices, BusTiming timing, long tickMicros, SourceSpan span, DiagnosticBag bag)
    {
        PollPlan plan = PollPlanner.Plan(devices, timing);
        if (plan.PredictedCycleMicros > tickMicros)
        {
            bag.Add(DiagnosticCodes.BusTooSlow, span, busName,
                (plan.PredictedCycleMicros / 1000.0).ToString("F1", CultureInfo.InvariantCulture),
                (tickMicros / 1000).ToString(CultureInfo.InvariantCulture));
        }
        return plan;
    }
}
