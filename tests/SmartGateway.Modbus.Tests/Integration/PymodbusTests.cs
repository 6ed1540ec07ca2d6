using System.Diagnostics;
using System.Text.Json;
using SmartGateway.Devices;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>The master against an independent slave: pymodbus serving the simulator's register images.</summary>
public class PymodbusTests
{
    [Fact]
    public void MasterReadsEveryInputOfEveryShippedMapFromPymodbus()
    {
        string python = Tools.RequirePymodbus();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        string images = Path.Combine(Path.GetTempPath(), $"sg-images-{Guid.NewGuid():N}.json");
        File.WriteAllText(images, JsonSerializer.Serialize(sim.Devices.ToDictionary(
            d => d.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d => new { input = NonZero(d.Value.Input), holding = NonZero(d.Value.Holding) })));
        int port = Tools.FreePort();
        string script = Path.Combine(AppContext.BaseDirectory, "Integration", "pymodbus_slave.py");
        var psi = new ProcessStartInfo(python, $"{script} {images} {port}") { RedirectStandardError = true, RedirectStandardOutput = true };
        using Process slave = Process.Start(psi)!;
        Task<string> stderr = slave.StandardError.ReadToEndAsync();
        try
        {
            using var bus = new ModbusBus(new TcpTransport("127.0.0.1", port), TimeSpan.FromSeconds(1));
            WaitUntilServing(bus, slave, stderr);
            var readings = new DeviceReadings();
            List<PolledDevice> devices = SimulatorSetup.PolledDevices(sim);
            CycleReport report = new BusPoller(bus, devices, readings).RunCycle();
            Assert.Equal(0, report.Failed);
            SimulatorSetup.AssertAllInputsRead(sim, readings, devices);
        }
        finally
        {
            if (!slave.HasExited) slave.Kill();
            slave.WaitForExit(5000);
            File.Delete(images);
        }
    }

    private static void WaitUntilServing(ModbusBus bus, Process slave, Task<string> stderr)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            if (slave.HasExited) throw new InvalidOperationException("the pymodbus slave exited: " + stderr.Result);
            try
            {
                bus.Read(33, 4, 1, 1);
                return;
            }
            catch (ModbusCommunicationException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static int[][] NonZero(ushort[] table) =>
        Enumerable.Range(0, table.Length).Where(i => table[i] != 0).Select(i => new[] { i, (int)table[i] }).ToArray();
}
