using SmartGateway.Host.Configuration;

namespace SmartGateway.Host.Tests.Storage;

public sealed class DataDirectoryTests
{
    [Fact]
    public void TheDefaultDataDirectoryIsTheUsersStateDirectoryOutsideTheWorkTree()
    {
        string directory = new GatewayOptions().DataDirectory;
        string? root = AppContext.BaseDirectory;
        while (root != null && !File.Exists(Path.Combine(root, "SmartGateway.sln"))) root = Path.GetDirectoryName(root);

        Assert.True(Path.IsPathFullyQualified(directory), directory);
        Assert.Equal("smartgateway", Path.GetFileName(directory));
        Assert.False(directory.StartsWith(root!, StringComparison.Ordinal), $"{directory} is inside the work tree {root}");
    }
}
