using System.Net;
using SmartGateway.Compiler.Devices;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Devices;
using SmartGateway.Modbus.Tests.Integration;
using SmartGateway.Runtime.Devices;
using SmartGateway.Simulator;

namespace SmartGateway.Modbus.Tests.Host;

public class ScanSettingsTests
{
    // Iskra's communication registers are not in our sources, so this map puts them in the simulator's
    // writable holding block (101–140) to check what the scanner writes where.
    private const string MapWithSettings = """
        {
          "version": 1, "model": "WM3M4C", "matches": ["WM3M4"],
          "readable": [ { "table": "input", "start": 1, "count": 13 }, { "table": "holding", "start": 101, "count": 40 } ],
          "communication": {
            "address_register": 130,
            "baud": { "register": 131, "values": { "9600": 3, "19200": 4, "115200": 7 } },
            "parity": { "register": 132, "values": { "none": 0, "even": 1, "odd": 2 } },
            "stop_bits": { "register": 133, "values": { "1": 0, "2": 1 } }
          }
        }
        """;

    private static DeviceMap Compile(string text, DiagnosticBag bag) => DeviceMapCompiler.Compile("m.json", text, bag)!;

    [Fact]
    public async Task FoundDeviceGetsItsLineSettingsAndNewAddress()
    {
        var bag = new DiagnosticBag();
        DeviceMap map = Compile(MapWithSettings, bag);
        Assert.Empty(bag.Items);
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        ScannedDevice found = Assert.Single(Rs485Scanner.Scan(bus, [1], [map]));
        Rs485Scanner.SetParameters(bus, found, new LineSettings(19200, "even", 2), 35);
        Assert.Equal(new ushort[] { 35, 4, 1, 1 }, sim.Devices[1].Holding[130..134]);
    }

    [Fact]
    public async Task ValueTheDeviceDoesNotOfferWritesNothing()
    {
        DeviceMap map = Compile(MapWithSettings, new DiagnosticBag());
        SimulatedBus sim = SimulatorSetup.CreateFrozenBus();
        await using var server = new TcpSlaveServer(sim, new IPEndPoint(IPAddress.Loopback, 0));
        server.Start();
        using var bus = new ModbusBus(new TcpTransport("127.0.0.1", server.Port));
        ScannedDevice found = Assert.Single(Rs485Scanner.Scan(bus, [1], [map]));
        ushort[] before = sim.Devices[1].Holding[130..134];
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => Rs485Scanner.SetParameters(bus, found, new LineSettings(57600, "none", 1), 1));
        Assert.Equal("WM3M4C does not offer baud rate 57600", e.Message);
        Assert.Throws<NotSupportedException>(() => Rs485Scanner.SetParameters(bus, found, new LineSettings(9600, "mark", 1), 2));
        Assert.Equal(before, sim.Devices[1].Holding[130..134]);
    }

    [Fact]
    public void ShippedMapsSayTheyDoNotKnowTheSettingRegisters()
    {
        var found = new ScannedDevice(1, "WM3M4C", "W1", ShippedMaps.Get("WM3M4C"));
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => Rs485Scanner.SetParameters(null!, found, LineSettings.Default, 1));
        Assert.Contains("does not say where its communication settings are", e.Message);
    }

    [Fact]
    public void UnknownBaudRateInAMapIsReportedWhereItIs()
    {
        var bag = new DiagnosticBag();
        Compile(MapWithSettings.Replace("\"19200\": 4", "\"19201\": 4"), bag);
        Assert.Equal("m.json(6,55): error SG0101: communication.baud.values: unknown member \"19201\"", Assert.Single(bag.Items).ToString());
    }
}
