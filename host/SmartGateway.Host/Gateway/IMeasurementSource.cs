namespace SmartGateway.Host.Gateway;

/// <summary>Cached readings per slot; never waits for a meter (REST answers must stay far under 10 s).</summary>
/// <remarks>Implemented by <see cref="Devices.ReadingsMeasurementSource"/> from the pollers' DeviceReadings.</remarks>
public interface IMeasurementSource
{
    /// <summary>Null when the slot holds no meter or it has not been read successfully yet.</summary>
    DeviceMeasurements? Measurements(int slot);

    DeviceCounters? Counters(int slot);

    /// <summary>The gateway's own inputs: PT1000 temperature (°C) and pulse-counter energy (Wh).</summary>
    GatewayInputs GatewayInputs();
}

public sealed record GatewayInputs(double? Temperature, double? PulseEnergy);
