using SmartGateway.Host.Security;

namespace SmartGateway.Host.Tests.Security;

public sealed class PasswordHasherTests
{
    [Fact]
    public void AHashVerifiesItsPasswordOnly()
    {
        string hash = PasswordHasher.Hash("iskra");
        Assert.True(PasswordHasher.Verify("iskra", hash));
        Assert.False(PasswordHasher.Verify("Iskra", hash));
    }

    [Fact]
    public void TheSamePasswordHashesDifferentlyEachTime() =>
        Assert.NotEqual(PasswordHasher.Hash("iskra"), PasswordHasher.Hash("iskra"));

    [Theory]
    [InlineData("")]
    [InlineData("iskra")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64$AAAA")]
    public void AMalformedStoredHashVerifiesNothing(string stored) => Assert.False(PasswordHasher.Verify("iskra", stored));

    [Fact]
    public void CookieValueWithTheSpaceUnescapedParses()
    {
        var parsed = BasicCredentials.Parse("Basic YWRtaW46aXNrcmE=");
        Assert.Equal(new BasicCredentials("admin", "iskra"), parsed);
    }

    [Fact]
    public void APasswordMayContainAColon() =>
        Assert.Equal("a:b", BasicCredentials.Parse(new BasicCredentials("admin", "a:b").ToHeaderValue())!.Password);
}
