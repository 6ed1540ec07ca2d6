using System.IO;
using System.Text;
using SmartGateway.Generated;
using SmartGateway.Runtime.Conformance;

namespace SmartGateway.Firmware.SelfTest;

/// <summary>
/// The device's "--selftest" (started by the flag file I:\selftest): runs every golden trace — each rule test of
/// rules/conformance and rules/examples, embedded at build time by SmartGateway.Generator — through
/// the runtime's <see cref="GoldenTraceCheck"/> — the same verifier and interpreter the gateway runs, and the same
/// runner the host tests — and writes a report (PASS/FAIL per trace with the first difference) to flash.
/// </summary>
public static class GoldenTraceRunner
{
    public static bool RunAll(string reportPath)
    {
        GoldenTrace[] traces = GoldenTraces.All();
        var report = new StringBuilder();
        bool all = true;
        for (int i = 0; i < traces.Length; i++)
        {
            string failure = GoldenTraceCheck.Run(traces[i]);
            all = all && failure.Length == 0;
            report.Append(failure.Length == 0 ? "PASS " : "FAIL ").Append(traces[i].Name);
            if (failure.Length > 0) report.Append(": ").Append(failure);
            report.Append('\n');
        }
        report.Append(all ? "all passed\n" : "FAILED\n");
        File.WriteAllText(reportPath, report.ToString());
        return all;
    }
}
