using System.IO.Ports;
using System.Net;
using SmartGateway.Simulator;

// SmartGateway.Simulator --tcp 127.0.0.1:PORT [--serial /dev/pts/N]... [--config FILE]
string? tcp = null;
string? configPath = null;
var serialPorts = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--tcp": tcp = value; i++; break;
        case "--serial": serialPorts.Add(value); i++; break;
        case "--config": configPath = value; i++; break;
        default:
            Console.Error.WriteLine($"unknown argument \"{args[i]}\"");
            Console.Error.WriteLine("usage: SmartGateway.Simulator --tcp 127.0.0.1:PORT [--serial /dev/pts/N] [--config FILE]");
            return 2;
    }
}
if (tcp == null && serialPorts.Count == 0)
{
    Console.Error.WriteLine("usage: SmartGateway.Simulator --tcp 127.0.0.1:PORT [--serial /dev/pts/N] [--config FILE]");
    return 2;
}

SimulatorConfig config;
try
{
    config = configPath == null ? new SimulatorConfig() : SimulatorConfig.Load(configPath);
}
catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{configPath}: {e.Message}");
    return 1;
}

SimulatedBus bus = config.CreateBus();
TcpSlaveServer? server = null;
var rtu = new List<RtuSlaveServer>();
if (tcp != null)
{
    if (!IPEndPoint.TryParse(tcp, out IPEndPoint? endpoint))
    {
        Console.Error.WriteLine($"--tcp: \"{tcp}\" is not HOST:PORT");
        return 2;
    }
    server = new TcpSlaveServer(bus, endpoint);
    server.Start();
    Console.WriteLine($"Modbus TCP on {endpoint.Address}:{server.Port}");
}
Parity parity = config.Serial.Parity switch { "even" => Parity.Even, "odd" => Parity.Odd, _ => Parity.None };
foreach (string port in serialPorts)
{
    var slave = new RtuSlaveServer(bus, port, config.Serial.Baud, parity, config.Serial.StopBits == 2 ? StopBits.Two : StopBits.One)
    {
        Pace = config.Serial.Pace,
        LatencyMicros = config.Serial.LatencyMicros,
    };
    slave.Start();
    rtu.Add(slave);
    Console.WriteLine($"Modbus RTU on {port} at {config.Serial.Baud} baud");
}
foreach ((byte unit, SmartGateway.Simulator.Devices.SimulatedDevice? device) in bus.Devices.OrderBy(d => d.Key))
    Console.WriteLine($"unit {unit}: {device.Model} {device.Serial}");
Console.Out.Flush();

using var done = new ManualResetEventSlim();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.Set(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => done.Set();
done.Wait();
foreach (RtuSlaveServer slave in rtu) slave.Dispose();
if (server != null) await server.DisposeAsync();
return 0;
