using Microsoft.AspNetCore.Http;
using SmartGateway.Host.Security;

namespace SmartGateway.Host.Tests.Security;

/// <summary>The cookie forms a client may send the SG's credentials in.</summary>
public sealed class BasicCredentialsTests
{
    private static readonly BasicCredentials Admin = new("admin", "iskra");

    [Theory]
    [InlineData("Authorization=Basic YWRtaW46aXNrcmE=")]
    [InlineData("Authorization=\"Basic YWRtaW46aXNrcmE=\"")]
    [InlineData("Authorization=Basic%20YWRtaW46aXNrcmE%3D")]
    [InlineData("session=1; Authorization=Basic YWRtaW46aXNrcmE=; theme=dark")]
    public void CookieFormsAreRead(string cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookie;
        Assert.Equal(Admin, BasicCredentials.From(context.Request));
    }

    [Theory]
    [InlineData("Authorization=Bearer abc")]
    [InlineData("Authorization=Basic !!!")]
    [InlineData("Authorization=Basic YWRtaW4=")] // "admin" without a colon
    [InlineData("XAuthorization=Basic YWRtaW46aXNrcmE=")]
    public void AnythingElseIsNoCredentials(string cookie)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookie;
        Assert.Null(BasicCredentials.From(context.Request));
    }
}
