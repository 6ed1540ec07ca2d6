using System.Net;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;
using SmartGateway.Runtime.Values;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Modbus.Tests.Host;

public class DeviceActionsTests
{
    [Fact]
    public async Task Float32WriteWithFunction16PutsHighWordFirst()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        var action = new ActionEntry { Kind = ActionKind.Modbus, Address = 1, FunctionCode = 16, Register = 101, ValueType = RegisterType.Float32, Value = 230_500_000 };
        Assert.True(DeviceActions.Write(bus, action).Ok);
        Assert.Equal(new ushort[] { 0x4366, 0x8000 }, sim.Devices[1].Holding[101..103]);
    }

    [Fact]
    public async Task Int16WriteWithFunction6SendsTheWholeValue()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        Assert.True(DeviceActions.WriteValue(bus, 2, 6, 110, RegisterType.Int16, -5_000_000).Ok);
        Assert.Equal(unchecked((ushort)-5), sim.Devices[2].Holding[110]);
    }

    [Fact]
    public async Task ToggleWithoutAToggleCommandWritesTheOppositeState()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        BicomControl bicom = ShippedMaps.Get("BI432").Bicom!;
        var relay = (BicomRelay)sim.Devices[32];
        Assert.True(DeviceActions.Switch(bus, 32, bicom, BicomFunction.Toggle).Ok);
        Assert.True(relay.On);
        Assert.True(DeviceActions.Switch(bus, 32, bicom, BicomFunction.Toggle).Ok);
        Assert.False(relay.On);
        Assert.True(DeviceActions.Switch(bus, 32, bicom, BicomFunction.Off).Ok);
        Assert.False(relay.On);
    }

    [Fact]
    public async Task RelayRefusesAStateOtherThanOnOrOff()
    {
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        ModbusResult r = bus.Execute(ModbusRequest.WriteSingle(32, ShippedMaps.Get("BI432").Bicom!.ControlRegister, 7));
        Assert.Equal(TransactionStatus.Exception, r.Status);
        Assert.Equal(ExceptionCode.IllegalDataValue, r.ExceptionCode);
    }
}
