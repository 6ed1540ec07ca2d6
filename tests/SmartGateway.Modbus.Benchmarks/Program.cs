using System.Globalization;
using BenchmarkDotNet.Running;
using SmartGateway.Devices;
using SmartGateway.Modbus.Benchmarks;

// --cycles [N]: poll the 16-meter line N times and print measured vs predicted cycle time.
// Anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args.Length > 0 && args[0] == "--cycles")
{
    int cycles = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
    using var line = new SixteenMeterLine();
    line.Poller.RunCycle();
    var times = new List<double>();
    int transactions = 0;
    int failed = 0;
    CycleReport? last = null;
    for (int i = 0; i < cycles; i++)
    {
        last = line.Poller.RunCycle();
        times.Add(last.Elapsed.TotalMilliseconds);
        transactions += last.Transactions;
        failed += last.Failed;
    }
    times.Sort();
    double predicted = last!.Predicted.TotalMilliseconds;
    double median = times[times.Count / 2];
    double mean = times.Average();
    double p95 = times[(int)(times.Count * 0.95)];
    Console.WriteLine(FormattableString.Invariant($"{SixteenMeterLine.Meters} meters at {SixteenMeterLine.Baud} baud on a pty, {cycles} cycles"));
    Console.WriteLine(FormattableString.Invariant($"transactions per cycle: {transactions / (double)cycles:F1} (failed {failed})"));
    Console.WriteLine(FormattableString.Invariant($"predicted (wire-time bound): {predicted:F1} ms"));
    Console.WriteLine(FormattableString.Invariant($"measured: median {median:F1} ms, mean {mean:F1} ms, p95 {p95:F1} ms"));
    Console.WriteLine(FormattableString.Invariant($"ratio median/bound: {median / predicted:F3} (goal <= 1.15)"));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(PollCycleBenchmark).Assembly).Run(args);
return 0;
