using BenchmarkDotNet.Running;
using SmartGateway.Benchmarks;

// "sizes": image size against JSON; "profile": CPU time per compiler stage for 10,000 automations;
// "frontends CASE": time and peak memory of one size target (json-oneline, dsl-500k, compile-10k,
// tariff-json-oneline, devices-json-oneline, trace-large), optionally at another SIZE;
// "native" [case...]: native, VM and VM-with-probe ticks of every case (or the named ones, e.g. "varied 64") in CPU
// time, ratios, allocations, dispatches, image size;
// anything else goes to BenchmarkDotNet (e.g. --filter '*Tick*' --job short).
switch (args.FirstOrDefault())
{
    case "sizes":
        Sizes.Print();
        break;
    case "profile":
        Profile.Print();
        break;
    case "frontends":
        FrontEnds.Print(args.ElementAtOrDefault(1) ?? "", int.TryParse(args.ElementAtOrDefault(2), out int size) ? size : null);
        break;
    case "native":
        NativeRatio.Print(args[1..]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
        break;
}
