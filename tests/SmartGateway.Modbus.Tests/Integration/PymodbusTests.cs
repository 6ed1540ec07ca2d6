using System.Diagnostics;
using System.Text.Json;
using SmartGateway.Devices;
using SmartGateway.Simulator;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>The master against an independent slave: pymodbus serving the simulator's register images.</summary>
public class PymodbusTests
{
    [Fact]
    public void MasterReadsEveryInputOfEveryShippedMapFromPymodbusOverTcp()
    {
        string python = Tools.RequirePymodbus();
        int port = Tools.FreePort();
        ReadEverythingFrom(python, $"tcp {port}", () => new TcpTransport("127.0.0.1", port));
    }

    [Fact]
    public void MasterReadsEveryInputOfEveryShippedMapFromPymodbusOverAPseudoTerminal()
    {
        string python = Tools.RequirePymodbus();
        Tools.RequirePythonModule(python, "serial_asyncio", "python3-serial-asyncio");
        using var pty = new PtyPair();
        ReadEverythingFrom(python, $"rtu {pty.First}", () => new SerialTransport(pty.Second));
    }

    private static void ReadEverythingFrom(string python, string where, Func<IModbusTransport> transport)
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        string images = Path.Combine(Path.GetTempPath(), $"sg-images-{Guid.NewGuid():N}.json");
        File.WriteAllText(images, JsonSerializer.Serialize(sim.Devices.ToDictionary(
            d => d.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d => new { input = NonZero(d.Value.Input), holding = NonZero(d.Value.Holding) })));
        string script = Path.Combine(AppContext.BaseDirectory, "Integration", "pymodbus_slave.py");
        var psi = new ProcessStartInfo(python, $"{script} {images} {where}") { RedirectStandardError = true, RedirectStandardOutput = true };
        using Process slave = Process.Start(psi)!;
        Task<string> stderr = slave.StandardError.ReadToEndAsync();
        _ = slave.StandardOutput.ReadToEndAsync();
        try
        {
            using var bus = new ModbusBus(transport(), TimeSpan.FromSeconds(1));
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

    /// <summary>Polls the identification of unit 33 until the slave answers (it takes a moment to start).</summary>
    private static void WaitUntilServing(ModbusBus bus, Process slave, Task<string> stderr)
    {
        DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            if (slave.HasExited) throw new InvalidOperationException("the pymodbus slave exited: " + stderr.Result);
            try
            {
                if (bus.Execute(Runtime.Modbus.ModbusRequest.Read(33, 4, 1, 1), TimeSpan.FromMilliseconds(300), 0).Ok) return;
            }
            catch (ModbusCommunicationException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the pymodbus slave did not answer within 20 s: " + (slave.HasExited ? stderr.Result : ""));
            Thread.Sleep(200);
        }
    }

    private static int[][] NonZero(ushort[] table) =>
        Enumerable.Range(0, table.Length).Where(i => table[i] != 0).Select(i => new[] { i, (int)table[i] }).ToArray();
}
