using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Devices;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Rules;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Api;

/// <summary>
/// The live preview is built as JSON, so its OpenAPI schema (PreviewContracts) is checked here against real answers:
/// they read into the contract records with unknown members refused and required ones demanded.
/// </summary>
public sealed class PreviewContractTests : IDisposable
{
    private readonly GatewayFactory _factory = new();
    private readonly HttpClient _client;

    public PreviewContractTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APreviewWithValuesBandsAndTheBranchThatRanFitsItsContract()
    {
        await Post(ExampleRules.Hvac);
        Tick("ir.left.P", 11_000);
        PreviewResponse preview = await Preview();
        PreviewNode condition = preview.Automations[0].Condition;
        Assert.Equal(("compare", 10_500d, 9_500d, "on_true"), (condition.Type, condition.OnAt, condition.OffAt, preview.Automations[0].Branch));
    }

    [Fact]
    public async Task APreviewOfNestedBlocksAndAnUnknownInputFitsItsContract()
    {
        await Post("automation \"nested\" on change {\n  when not (ir.left.P > 1 kW and rs485.40.P < 2 kW for 5 s)\n  then bicom ir.right off\n}\n");
        Tick("ir.left.P", 3_000);
        PreviewNode not = (await Preview()).Automations[0].Condition;
        Assert.Equal("not", not.Type);
        Assert.Equal(["compare", "compare"], not.Child!.Children!.Select(c => c.Type));
        Assert.False(not.Child.Children![1].Inputs![0].Valid);
    }

    private async Task<PreviewResponse> Preview()
    {
        string body = await _client.GetStringAsync("/api/automations/preview");
        return JsonSerializer.Deserialize(body, ApiJsonContext.Default.PreviewResponse)!;
    }

    private async Task Post(string source)
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/automations", new StringContent(source, Encoding.UTF8, "text/x-sg-dsl"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private void Tick(string path, long watts)
    {
        _factory.Services.GetRequiredService<DeviceReadings>().Set(path, watts * 1_000_000);
        foreach (ITickHandler handler in _factory.Services.GetServices<ITickHandler>()) handler.Tick(0, DateTimeOffset.UtcNow);
    }
}
