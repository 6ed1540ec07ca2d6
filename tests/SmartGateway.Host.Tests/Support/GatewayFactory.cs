using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartGateway.Host.Gateway.Devices;

namespace SmartGateway.Host.Tests.Support;

/// <summary>The real host in-process on the built-in simulated devices (polled over loopback Modbus TCP), with its own SQLite file in a temporary directory.</summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public const string Serial = "SG000002";
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public GatewayFactory()
        : this(null)
    {
    }

    /// <param name="files">Copied into the File manager (files/) before the host starts: certificates are named from there.</param>
    internal GatewayFactory(Dictionary<string, string?>? settings, Action<IServiceCollection>? services = null, IEnumerable<string>? files = null)
    {
        DataDirectory = Directory.CreateTempSubdirectory("sg-host-test-").FullName;
        foreach (string file in files ?? [])
        {
            Directory.CreateDirectory(Path.Combine(DataDirectory, "files"));
            File.Copy(file, Path.Combine(DataDirectory, "files", Path.GetFileName(file)));
        }
        _settings = new Dictionary<string, string?>
        {
            ["Gateway:DataDirectory"] = DataDirectory,
            ["Gateway:SerialNumber"] = Serial,
            ["Gateway:Simulator:Enabled"] = "true", // the built-in simulated site stands in for every empty port
            ["Gateway:DiscoveryPort"] = "0", // tests that want discovery choose a free port
            ["Gateway:ModbusTcpPort"] = "0", // likewise the Modbus TCP server
        };
        foreach ((string? key, string? value) in settings ?? []) _settings[key] = value;
        _services = services;
    }

    public string DataDirectory { get; }

    /// <summary>Whether the factory waits for every line's first identification (the API itself answers before it).</summary>
    public bool WaitForDevices { get; set; } = true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        IHost host = base.CreateHost(builder);
        if (WaitForDevices && !host.Services.GetRequiredService<DeviceStack>().Identified.Wait(TimeSpan.FromSeconds(60)))
            throw new TimeoutException("the simulated site's devices were not identified within a minute");
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        if (_services is not null) builder.ConfigureServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background writer; the temp directory is cleaned by the OS.
            }
        }
    }
}
