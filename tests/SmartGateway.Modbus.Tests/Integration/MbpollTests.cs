using System.Net;
using System.Text.RegularExpressions;
using SmartGateway.Simulator;
using SmartGateway.Simulator.Devices;
using SmartGateway.Tests.Shared;

namespace SmartGateway.Modbus.Tests.Integration;

/// <summary>The simulator answering an independent master: Debian's mbpoll (1-based references, so 108 is PDU 107).</summary>
public partial class MbpollTests
{
    [Fact]
    public async Task MbpollReadsTheIe38VoltageRegistersOverTcp()
    {
        string mbpoll = Tools.Require("mbpoll", "mbpoll");
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        (int code, string? output) = await Task.Run(() => Tools.Run(mbpoll, $"-m tcp -p {server.Port} -a 33 -t 3:hex -r 108 -c 6 -1 127.0.0.1", TimeSpan.FromSeconds(20)));
        Assert.True(code == 0, output);
        AssertRegisters(output, sim.Devices[33].Input, 107, 6);
    }

    [Fact]
    public void MbpollReadsTheWmIdentificationOverRtu()
    {
        string mbpoll = Tools.Require("mbpoll", "mbpoll");
        using var pty = new PtyPair();
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        using var slave = new RtuSlaveServer(sim, pty.First) { Pace = false };
        slave.Start();
        (int code, string? output) = Tools.Run(mbpoll, $"-m rtu -b 115200 -P none -a 1 -t 3:hex -r 2 -c 12 -1 {pty.Second}", TimeSpan.FromSeconds(20));
        Assert.True(code == 0, output);
        AssertRegisters(output, sim.Devices[1].Input, 1, 12);
    }

    [Fact]
    public async Task MbpollWritesTheBicomRelay()
    {
        string mbpoll = Tools.Require("mbpoll", "mbpoll");
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        (int code, string? output) = await Task.Run(() => Tools.Run(mbpoll, $"-m tcp -p {server.Port} -a 32 -t 4 -r 201 127.0.0.1 1", TimeSpan.FromSeconds(20)));
        Assert.True(code == 0, output);
        Assert.True(((BicomRelay)sim.Devices[32]).On);
    }

    private static void AssertRegisters(string output, ushort[] table, int first, int count)
    {
        var values = RegisterLine().Matches(output).ToDictionary(m => int.Parse(m.Groups[1].Value), m => Convert.ToUInt16(m.Groups[2].Value, 16));
        for (int i = 0; i < count; i++)
            Assert.True(values.TryGetValue(first + 1 + i, out ushort v) && v == table[first + i], $"register {first + i}: mbpoll said\n{output}");
    }

    [GeneratedRegex(@"\[(\d+)\]:\s+0x([0-9A-Fa-f]{4})")]
    private static partial Regex RegisterLine();
}
