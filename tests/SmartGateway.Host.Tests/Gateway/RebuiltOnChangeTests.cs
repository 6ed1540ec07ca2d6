using SmartGateway.Host.Gateway.Devices;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The device list's cache: built on demand, dropped on a change, and never kept when a change overlapped
/// the build (a list read while a line was half identified must not outlive the identification).</summary>
public sealed class RebuiltOnChangeTests
{
    [Fact]
    public void AValueIsBuiltOnceAndReadUntilAChange()
    {
        int builds = 0;
        var cache = new RebuiltOnChange<string>(() => "build " + ++builds);
        Assert.Equal("build 1", cache.Value);
        Assert.Equal("build 1", cache.Value);
        cache.Changed();
        Assert.Equal("build 2", cache.Value);
        Assert.Equal("build 2", cache.Value);
    }

    [Fact]
    public void AValueBuiltWhileAChangeCameInIsHandedOutButNotKept()
    {
        int builds = 0;
        RebuiltOnChange<string>? cache = null;
        cache = new RebuiltOnChange<string>(() =>
        {
            if (++builds == 1) cache!.Changed(); // a line finished identifying while the list was being read
            return "build " + builds;
        });
        Assert.Equal("build 1", cache.Value);
        Assert.Equal("build 2", cache.Value);
        Assert.Equal("build 2", cache.Value);
    }
}
