using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartGateway.Devices;
using SmartGateway.Host.Gateway.Devices;

namespace SmartGateway.Host.Gateway;

/// <remarks>In the seams' namespace so the composition root needs no extra using.</remarks>

public static class DeviceStackSetup
{
    /// <summary>The Modbus lines (real ports or the in-process simulator) and the seams they serve:
    /// <see cref="DeviceReadings"/> for the rule host, the device directory, measurements, Bicoms and raw Modbus.</summary>
    public static IServiceCollection AddDeviceStack(this IServiceCollection services)
    {
        services.TryAddSingleton<DeviceReadings>(); // the rule host registers it too: one store for both
        services.AddSingleton<DeviceStack>();
        services.AddHostedService(sp => sp.GetRequiredService<DeviceStack>());
        services.AddSingleton<PolledDeviceDirectory>();
        services.AddSingleton<IDeviceDirectory>(sp => sp.GetRequiredService<PolledDeviceDirectory>());
        services.AddSingleton<IMeasurementSource, ReadingsMeasurementSource>();
        services.AddSingleton<IBicomControl, BusBicomControl>();
        services.AddSingleton<BusModbusMaster>();
        services.AddSingleton<IModbusMaster>(sp => sp.GetRequiredService<BusModbusMaster>());
        services.AddSingleton<SimulatedPower>();
        services.AddSingleton<GatewayRegisters>();
        services.AddSingleton<ModbusTcpServer>();
        services.AddHostedService(sp => sp.GetRequiredService<ModbusTcpServer>());
        return services;
    }
}
