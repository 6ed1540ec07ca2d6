using System.Globalization;
using System.Text.Json.Nodes;
using SmartGateway.LoadTest;

// A bounded load test on loopback: starts the built host, mixes Home Assistant-style polling, a normal
// Modbus master, silent and slow Modbus clients and the issue's pathological bodies for --seconds, then
// reports tick lateness, missed ticks, peak RSS and threads. It stops by itself (at the deadline, or when
// the host passes --rss-ceiling-mb) and exits 1 when the tick was more than 50 ms late or missed a tick.
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: SmartGateway.LoadTest [--host SmartGateway.Host.dll] [--seconds 90] [--scale 1.0] [--silent 1000] [--slow 20] [--pollers 4] [--rss-ceiling-mb 4096] [--dsl-type text/x-sg-dsl]");
    return 2;
}

using HostProcess host = await HostProcess.StartAsync(options.HostDll, TimeSpan.FromSeconds(60));
using var http = new HttpClient { BaseAddress = host.Url, Timeout = TimeSpan.FromSeconds(10) };
await Task.Delay(TimeSpan.FromSeconds(3)); // let the first ticks and polls settle
TickReport before = await TickAsync(http);

var sampler = new ProcessSampler(host.Pid, options.RssCeilingMb * 1024L * 1024L);
var polling = new PollingClients(host.Url, options.Pollers);
var modbus = new ModbusClients(host.ModbusPort, options.Silent, options.Slow);
var bodies = new PathologicalBodies(host.Url, options.Scale, options.DslType);
using var run = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
Task sampling = sampler.RunAsync(run.Token);
var load = Task.WhenAll(polling.RunAsync(run.Token), modbus.RunAsync(run.Token), bodies.RunAsync(run.Token));
await Task.WhenAny(load, Watch(sampler, run));
run.Cancel();
await Task.WhenAny(Task.WhenAll(load, sampling), Task.Delay(TimeSpan.FromSeconds(15)));

TickReport? after = sampler.CeilingBreached || host.HasExited ? null : await TickAsync(http);
host.Kill();

Console.WriteLine(FormattableString.Invariant($"# SmartGateway load test: {options.Seconds} s, scale {options.Scale}, {options.Pollers} pollers, {options.Silent} silent + {options.Slow} slow Modbus clients"));
Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---|");
Row("tick: worst lateness", after is null ? "unknown (host stopped)" : FormattableString.Invariant($"{after.MaxLateMs:F1} ms (mean {after.MeanLateMs:F1} ms)"));
Row("tick: missed during the run", after is null ? "unknown (host stopped)" : (after.Missed - before.Missed).ToString(CultureInfo.InvariantCulture));
Row("peak RSS", FormattableString.Invariant($"{sampler.PeakRssBytes / 1048576.0:F0} MB{(sampler.CeilingBreached ? $" (passed the {options.RssCeilingMb} MB ceiling: host stopped)" : "")}"));
Row("peak threads", sampler.PeakThreads.ToString(CultureInfo.InvariantCulture));
Row("HTTP polling", polling.Latencies.Summary());
Row("Modbus master (unit 34, FC4)", modbus.Normal.Summary());
Row("silent Modbus clients", FormattableString.Invariant($"{modbus.SilentOpened} connected, {modbus.SilentRefused} refused, {modbus.ClosedByServer} closed by the gateway"));
foreach (string step in bodies.Steps) Row("body", step);
bool passed = after is not null && after.MaxLateMs <= 50 && after.Missed == before.Missed;
Console.WriteLine();
Console.WriteLine(passed ? "PASS: the tick kept its cadence" : "FAIL: the tick was late by more than 50 ms, missed ticks, or the host stopped");
return passed ? 0 : 1;

static void Row(string measure, string value) => Console.WriteLine($"| {measure} | {value.Replace("|", "/", StringComparison.Ordinal)} |");

static async Task Watch(ProcessSampler sampler, CancellationTokenSource run)
{
    while (!run.IsCancellationRequested && !sampler.CeilingBreached) await Task.Delay(100);
}

static async Task<TickReport> TickAsync(HttpClient http)
{
    JsonNode tick = JsonNode.Parse(await http.GetStringAsync("/api"))!["status"]!["tick"]!;
    return new TickReport(tick["missed"]!.GetValue<long>(), tick["mean_late_ms"]!.GetValue<double>(), tick["max_late_ms"]!.GetValue<double>());
}

internal sealed record TickReport(long Missed, double MeanLateMs, double MaxLateMs);
