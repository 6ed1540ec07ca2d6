using System.Diagnostics;
using System.Text.Json;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Simulator;

public class SimulatorConfigTests
{
    private static string WriteConfig(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sg-sim-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void ConfigBuildsItsDevicesWithTheirFaults()
    {
        string path = WriteConfig("""
            { "seed": 3, "frozen": true,
              "devices": [ { "unit": 5, "model": "MC740", "faults": { "exception": 1, "exception_code": 6 } },
                           { "unit": 6, "model": "BI432" } ] }
            """);
        try
        {
            SimulatedBus bus = SimulatorConfig.Load(path).CreateBus();
            Assert.IsType<IskraMeter>(bus.Devices[5]);
            Assert.Equal(MeterFamily.MeasuringCentre, ((IskraMeter)bus.Devices[5]).Family);
            Assert.IsType<BicomRelay>(bus.Devices[6]);
            byte[] pdu = new byte[5];
            ModbusRequest.Read(5, FunctionCode.ReadInputRegisters, 2500, 2).EncodePdu(pdu, 0);
            SimulatedReply reply = bus.Handle(5, pdu, 0, 5);
            Assert.Equal(new byte[] { 0x84, 6 }, reply.Pdu[..reply.PduLength]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownMemberInTheConfigIsRefused()
    {
        string path = WriteConfig("""{ "devices": [ { "unit": 5, "modle": "MC740" } ] }""");
        try
        {
            Assert.Throws<JsonException>(() => SimulatorConfig.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnitsNotConfiguredStaySilent()
    {
        var bus = SimulatedBus.CreateDefault();
        byte[] pdu = new byte[5];
        ModbusRequest.Read(7, FunctionCode.ReadInputRegisters, 1, 1).EncodePdu(pdu, 0);
        Assert.True(bus.Handle(7, pdu, 0, 5).Silent);
    }

    [Fact]
    public void CountersIntegratePowerOverTime()
    {
        var meter = new IskraMeter("IE38MD", "1");
        double before = meter.Truth["counter.1"];
        double power = meter.Load.PTotal;
        meter.Advance(3600);
        Assert.Equal(before + meter.Load.PTotal, meter.Truth["counter.1"], 0.5);
        Assert.InRange(power, 2000, 4000);
        Assert.Equal(meter.Truth["P.L1"] + meter.Truth["P.L2"] + meter.Truth["P.L3"], meter.Truth["P"], 1e-6);
    }

    [Fact]
    public async Task CommandLineServesTheConfiguredDevicesOverTcp()
    {
        string path = WriteConfig("""{ "frozen": true, "devices": [ { "unit": 9, "model": "WM3M4C", "serial": "W0000009" } ] }""");
        int port = Tools.FreePort();
        string dll = Path.Combine(AppContext.BaseDirectory, "SmartGateway.Simulator.dll");
        var psi = new ProcessStartInfo("dotnet", $"{dll} --tcp 127.0.0.1:{port} --config {path}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process sim = Process.Start(psi)!;
        try
        {
            Task<string?> first = sim.StandardOutput.ReadLineAsync();
            Assert.True(await Task.WhenAny(first, Task.Delay(TimeSpan.FromSeconds(20))) == first, "the simulator did not start within 20 s");
            Assert.Equal($"Modbus TCP on 127.0.0.1:{port}", await first);
            using var bus = new ModbusBus(new TcpTransport("127.0.0.1", port));
            ushort[] ident = await Task.Run(() => bus.Read(9, FunctionCode.ReadInputRegisters, 1, 12));
            Assert.Equal("WM3M4C", Rs485Scanner.Text(ident, 0, 8));
            Assert.Equal("W0000009", Rs485Scanner.Text(ident, 8, 4));
        }
        finally
        {
            if (!sim.HasExited) sim.Kill();
            sim.WaitForExit(5000);
            File.Delete(path);
        }
    }

    [Fact]
    public void BadArgumentsExitWithUsage()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "SmartGateway.Simulator.dll");
        (int code, string? output) = Tools.Run("dotnet", $"{dll} --bogus", TimeSpan.FromSeconds(20));
        Assert.Equal(2, code);
        Assert.Contains("usage: SmartGateway.Simulator --tcp", output);
    }
}
