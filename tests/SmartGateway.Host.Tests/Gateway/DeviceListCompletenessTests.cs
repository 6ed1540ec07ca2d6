using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>When the device list counts as whole: only then may what is missing from it be taken as gone (Home
/// Assistant entities removed, rule targets checked against the live line-up).</summary>
public sealed class DeviceListCompletenessTests
{
    [Fact]
    public void TheDemoHouseIsWholeOnceEveryLineHasBeenIdentified()
    {
        using var gateway = new GatewayFactory();
        Assert.True(gateway.Services.GetRequiredService<IDeviceDirectory>().Complete);
    }

    [Fact]
    public void AConfiguredRs485AddressThatHasNotAnsweredKeepsTheListOpen()
    {
        using var gateway = new GatewayFactory(new()
        {
            ["Gateway:Rs485:Addresses:0"] = "1",
            ["Gateway:Rs485:Addresses:1"] = "77", // nothing answers there
        });
        IDeviceDirectory directory = gateway.Services.GetRequiredService<IDeviceDirectory>();
        Assert.Contains(directory.Slots, s => s.Serial == "W4192432");
        Assert.False(directory.Complete);
    }

    [Fact]
    public void AnIrPortWithNothingInFrontOfItDoesNotKeepTheListOpen()
    {
        using var pty = new PtyPair(); // a serial port with no meter on the far end
        using var gateway = new GatewayFactory(new() { ["Gateway:LeftIr:Port"] = pty.Second });
        IDeviceDirectory directory = gateway.Services.GetRequiredService<IDeviceDirectory>();
        Assert.DoesNotContain(directory.Slots, s => s.Serial == "10006494");
        Assert.True(directory.Complete);
    }
}
