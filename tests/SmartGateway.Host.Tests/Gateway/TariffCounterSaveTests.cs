using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The tariff registers on disk: a save that fails loses nothing.</summary>
public sealed class TariffCounterSaveTests : IDisposable
{
    private readonly GatewayFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task RegistersASaveCouldNotWriteAreWrittenByTheNextSave()
    {
        using HttpResponseMessage assigned = await _factory.CreateClient()
            .PostJsonAsync("/api/tariff_counters/0", """{"counter_kind": "non_resettable", "counter": 1, "tariffs": [1]}""");
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        TariffCounterBook book = _factory.Services.GetRequiredService<TariffCounterBook>();
        book.Sample(DateTimeOffset.UtcNow);
        string path = Path.Combine(_factory.DataDirectory, "tariff-counters.json");
        File.Delete(path);
        Directory.CreateDirectory(path + ".tmp"); // the save's temporary file cannot be written

        Assert.ThrowsAny<Exception>(book.Save);
        Directory.Delete(path + ".tmp");
        book.Save(); // nothing sampled in between

        Assert.Contains("\"0/", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
