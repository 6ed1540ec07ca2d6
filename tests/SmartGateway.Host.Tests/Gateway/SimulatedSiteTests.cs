using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The simulated site plugs in from its own assembly only when configured; without it an empty port is not wired.</summary>
public sealed class SimulatedSiteTests
{
    [Fact]
    public void NoSiteIsLoadedUnlessEnabled()
    {
        Assert.Null(SimulatedSiteLoader.Load(new SimulatorOptions()));
    }

    [Fact]
    public async Task TheEnabledSiteIsTheSimulatorsFromTheAssemblyBesideTheProgram()
    {
        await using ISimulatedSite? site = SimulatedSiteLoader.Load(new SimulatorOptions { Enabled = true });
        Assert.IsType<SimulatedSite>(site);
    }

    [Fact]
    public void AnEnabledSiteWhoseAssemblyIsMissingFailsNamingThePath()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() =>
            SimulatedSiteLoader.Load(new SimulatorOptions { Enabled = true, Assembly = "SmartGateway.NoSuchSite.dll" }));
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "SmartGateway.NoSuchSite.dll"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheSiteEmptyPortsAreNotWired()
    {
        using var gateway = new GatewayFactory(new() { ["Gateway:Simulator:Enabled"] = "false" });
        JsonArray devices = (await gateway.CreateClient().GetJsonAsync("/api/devices"))["devices"]!.AsArray();

        Assert.Null(gateway.Services.GetRequiredService<DeviceStack>().Site);
        Assert.Empty(gateway.Services.GetRequiredService<DeviceStack>().Lines);
        Assert.Equal(["Not Detected", "Not Detected"], devices.Take(2).Select(d => d!["model"]!.GetValue<string>()));
    }
}
