using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>A line's poll loop as it runs on its own thread: no failure inside a cycle ends it.</summary>
public sealed class PollLoopTests
{
    [Fact]
    public async Task ALineGoesOnPollingAfterAFaultInsideACycle()
    {
        using var gateway = new GatewayFactory(new() { ["Gateway:PollPeriodMs"] = "20" });
        DeviceStack stack = gateway.Services.GetRequiredService<DeviceStack>();
        DeviceReadings readings = gateway.Services.GetRequiredService<DeviceReadings>();
        DeviceLine rs485 = stack.Line(DeviceStack.Rs485)!;
        int faults = 0;
        // Stands for anything that fails inside a cycle where nobody expects it (the event log on a full disk, a bug).
        rs485.DeviceNotResponding += _ =>
        {
            Interlocked.Increment(ref faults);
            throw new InvalidCastException("a fault inside the cycle");
        };

        FaultSettings meter = stack.Simulator(DeviceStack.Rs485)!.FaultsOf(1);
        meter.Offline = true;
        await Until(() => Volatile.Read(ref faults) > 0 && !readings.Get("rs485.1.P").Valid);
        meter.Offline = false;

        await Until(() => readings.Get("rs485.1.P").Valid);
    }

    private static async Task Until(Func<bool> done)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "the line stopped polling");
            await Task.Delay(20);
        }
    }
}
