using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Simulator;

namespace SmartGateway.Host.Tests.Support;

/// <summary>The simulated devices behind a line of a host started on the built-in simulated site.</summary>
internal static class SimulatedSiteAccess
{
    /// <summary>Null when the host loaded no simulated site or a real port serves the line.</summary>
    public static SimulatedBus? Simulator(this DeviceStack stack, string line) => (stack.Site as SimulatedSite)?.Bus(line);
}
