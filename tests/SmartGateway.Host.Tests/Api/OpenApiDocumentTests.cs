using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

public sealed class OpenApiDocumentTests : IClassFixture<GatewayFactory>
{
    private readonly GatewayFactory _factory;

    public OpenApiDocumentTests(GatewayFactory factory) => _factory = factory;

    [Fact]
    public async Task EveryMappedRouteIsDescribed()
    {
        JsonNode document = await _factory.CreateClient().GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+)(:[^}]*)?\}", "{$1}"))
            .Where(p => p != "/openapi/{documentName}.json")
            .ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route.TrimEnd('/'), paths));
    }
}
