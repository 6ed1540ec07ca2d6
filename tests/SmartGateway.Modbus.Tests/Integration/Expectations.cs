using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>Compares what the master read with what the simulated device means, within each encoding's resolution.</summary>
internal static class Expectations
{
    public static void AllInputsMatch(DeviceReadings readings, PolledDevice device, IskraMeter meter)
    {
        Assert.NotEmpty(device.Map.Measurements);
        foreach (Measurement m in device.Map.Measurements)
        {
            DeviceReading r = readings.Get(device.Interface + "." + m.Path);
            Assert.True(r.Valid, $"{device.Interface}.{m.Path} is not valid");
            Assert.True(meter.Truth.TryGetValue(m.Path, out double truth), $"the simulator has no {m.Path}");
            double read = r.Value / 1e6;
            double tolerance = Tolerance(m.Encoding, truth);
            Assert.True(Math.Abs(read - truth) <= tolerance, $"{device.Interface}.{m.Path}: read {read}, expected {truth} ± {tolerance}");
        }
    }

    private static double Tolerance(byte encoding, double truth) => encoding switch
    {
        RegisterEncoding.T16 or RegisterEncoding.T17 => 0.005 + 1e-9,
        RegisterEncoding.T7 => 1e-9,
        RegisterEncoding.Float32 => 1e-6,
        RegisterEncoding.Int32 => 1e-6,
        // T5/T6 keep at least six significant digits.
        _ => Math.Max(Math.Abs(truth) * 1e-6, 1e-6),
    };
}
