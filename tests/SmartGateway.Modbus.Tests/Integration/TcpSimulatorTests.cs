using System.Net;
using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Integration;

public class TcpSimulatorTests
{
    [Fact]
    public async Task MasterReadsEveryInputOfEveryShippedMapOverTcp()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        var readings = new DeviceReadings();
        List<PolledDevice> devices = SimulatorSetup.PolledDevices(sim);
        var poller = new BusPoller(bus, devices, readings);
        CycleReport report = poller.RunCycle();
        Assert.Equal(0, report.Failed);
        SimulatorSetup.AssertAllInputsRead(sim, readings, devices);
    }

    [Fact]
    public async Task BicomSwitchesThroughItsControlRegister()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        BicomControl bicom = ShippedMaps.Get("BI432").Bicom!;
        ModbusResult r = bus.Execute(ModbusRequest.WriteSingle(32, bicom.ControlRegister, bicom.OnValue));
        Assert.True(r.Ok, r.ToString());
        Assert.True(((SmartGateway.Simulator.Devices.BicomRelay)sim.Devices[32]).On);
        Assert.Equal(new ushort[] { 1 }, bus.Read(32, FunctionCode.ReadHoldingRegisters, bicom.StateRegister, 1));
    }

    [Fact]
    public async Task UnreadableRegisterAnswersIllegalDataAddress()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        ModbusExceptionResponse e = Assert.Throws<ModbusExceptionResponse>(() => bus.Read(33, FunctionCode.ReadInputRegisters, 191, 10));
        Assert.Equal(ExceptionCode.IllegalDataAddress, e.Code);
    }

    [Fact]
    public async Task ScanFindsEveryDeviceWithModelAndSerial()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        List<ScannedDevice> found = Rs485Scanner.Scan(bus, new byte[] { 1, 2, 3, 32, 33, 40 }, [.. ShippedMaps.Maps], TimeSpan.FromMilliseconds(50));
        Assert.Equal(
            new[] { "1 WM3M4C W4192432 WM3M4C", "2 WM3M4C W4170632 WM3M4C", "32 BI432 BI001487 BI432", "33 IE38MD 10006494 IE38MD", "40 MC740 MC024305 MC7x0" },
            found.Select(f => $"{f.Address} {f.Model} {f.Serial} {f.Map?.Model}"));
    }

    [Fact]
    public async Task DeviceThatStopsAnsweringIsUnknownAndReportedWithTheManualsText()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port), TimeSpan.FromMilliseconds(50));
        var readings = new DeviceReadings();
        var device = new PolledDevice("ir.left", 33, ShippedMaps.Get("IE38MD"));
        var other = new PolledDevice("rs485.1", 1, ShippedMaps.Get("WM3M4C"));
        var poller = new BusPoller(bus, [device, other], readings);
        var errors = new List<string>();
        poller.Error += errors.Add;
        poller.RunCycle();
        Assert.True(readings.Get("ir.left.P").Valid);
        sim.FaultsOf(33).Offline = true;
        for (int cycle = 0; cycle < 3; cycle++) poller.RunCycle();
        Assert.False(readings.Get("ir.left.P").Valid);
        Assert.False(readings.Get("ir.left.counter.1").Valid);
        Assert.True(readings.Get("rs485.1.P").Valid);
        Assert.Equal(["Error: Left IR Energy meter not responding"], errors);
        sim.FaultsOf(33).Offline = false;
        for (int cycle = 0; cycle < BusPoller.MaxBackoffCycles + 1 && !readings.Get("ir.left.P").Valid; cycle++) poller.RunCycle();
        Assert.True(readings.Get("ir.left.P").Valid);
    }
}
