using BenchmarkDotNet.Running;
using SmartGateway.Benchmarks;

// "sizes": image size against JSON; "profile": CPU time per compiler stage for 10,000 automations;
// "native": native, VM and VM-with-probe ticks of every case in CPU time, ratios, allocations, dispatches, image size;
// anything else goes to BenchmarkDotNet (e.g. --filter '*TickBenchmark*' --job short).
switch (args.FirstOrDefault())
{
    case "sizes":
        Sizes.Print();
        break;
    case "profile":
        Profile.Print();
        break;
    case "native":
        NativeRatio.Print();
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
        break;
}
