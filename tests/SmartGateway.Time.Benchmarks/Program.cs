using BenchmarkDotNet.Running;
using SmartGateway.Time.Benchmarks;

BenchmarkRunner.Run<TariffLookupBenchmarks>(args: args);
