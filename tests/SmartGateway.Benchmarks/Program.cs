using BenchmarkDotNet.Running;
using SmartGateway.Benchmarks;

// "sizes": image size against JSON; "profile": CPU time per compiler stage for 10,000 automations;
// "frontends CASE": time and peak memory of one size target (json-oneline, dsl-500k, compile-10k);
// "native": VM tick / native tick in CPU time;
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
        FrontEnds.Print(args.ElementAtOrDefault(1) ?? "");
        break;
    case "native":
        NativeRatio.Print();
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
        break;
}
