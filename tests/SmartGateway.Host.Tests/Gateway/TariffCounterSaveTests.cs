using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Tests.Support;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The tariff registers on disk: a save that fails loses nothing.</summary>
public sealed class TariffCounterSaveTests
{
    [Fact]
    public async Task RegistersASaveCouldNotWriteAreWrittenByTheNextSave()
    {
        // The test samples and saves by itself: the service's own samples would mark the registers changed anyway.
        using var gateway = new GatewayFactory(null, services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(TariffCounterService))));
        using HttpResponseMessage assigned = await gateway.CreateClient()
            .PostJsonAsync("/api/tariff_counters/0", """{"counter_kind": "non_resettable", "counter": 1, "tariffs": [1]}""");
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        TariffCounterBook book = gateway.Services.GetRequiredService<TariffCounterBook>();
        book.Sample(DateTimeOffset.UtcNow);
        string path = Path.Combine(gateway.DataDirectory, "tariff-counters.json");
        File.Delete(path);
        Directory.CreateDirectory(path + ".tmp"); // the save's temporary file cannot be written

        Assert.ThrowsAny<Exception>(book.Save);
        Directory.Delete(path + ".tmp");
        book.Save(); // nothing sampled in between

        Assert.Contains("\"0/", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
