using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SmartGateway.Host.Gateway.Devices;
using SmartGateway.Host.Tests.Support;
using SmartGateway.Simulator.Devices;

namespace SmartGateway.Host.Tests.Gateway;

/// <summary>The gateway's Modbus TCP server read and written by Debian's mbpoll (a real Modbus master).</summary>
public sealed partial class ModbusTcpServerTests : IDisposable
{
    private readonly int _port = FreePort();
    private readonly GatewayFactory _factory;

    public ModbusTcpServerTests()
    {
        _factory = new GatewayFactory(new()
        {
            ["Gateway:ModbusTcpPort"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:ModbusTcpBind"] = "127.0.0.1",
        });
        _factory.CreateClient().Dispose(); // starts the host
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Unit34AnswersTheGatewaysIdentification()
    {
        int[] registers = Mbpoll("-a", "34", "-t", "3", "-r", "1", "-c", "13");
        Assert.Equal("SG-H1", Text(registers, 0, 8));
        Assert.Equal(GatewayFactory.Serial, Text(registers, 8, 4));
        Assert.Equal(100, registers[12]); // software version 1.00
    }

    [Fact]
    public void Unit34MirrorsTheLeftIrMetersFrequency()
    {
        int[] registers = Mbpoll("-a", "34", "-t", "3", "-r", GatewayRegisters.MirrorBase.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "2");
        float hz = BitConverter.UInt32BitsToSingle((uint)(registers[0] << 16 | registers[1]));
        Assert.InRange(hz, 49.5f, 50.5f);
    }

    [Fact]
    public void OtherUnitsAreForwardedToTheDeviceWithThatAddress()
    {
        int[] registers = Mbpoll("-a", "2", "-t", "3", "-r", "1", "-c", "12");
        Assert.Equal("WM3M4C", Text(registers, 0, 8));
        Assert.Equal("W4170632", Text(registers, 8, 4));
    }

    [Fact]
    public void WritingUnit34sBicomRegisterSwitchesTheRelay()
    {
        var relay = (BicomRelay)_factory.Services.GetRequiredService<DeviceStack>().Simulator(DeviceStack.RightIr)!.Devices[33];
        Run("-a", "34", "-t", "4", "-r", (GatewayRegisters.BicomBase + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "1");
        Assert.True(relay.On);
    }

    [Fact]
    public void AnAddressWithoutADeviceAnswersTheGatewayException()
    {
        string output = Run("-a", "9", "-t", "3", "-r", "1", "-c", "1");
        Assert.Contains("Target device failed to respond", output, StringComparison.Ordinal); // exception 0x0B
    }

    [Fact]
    public async Task WithAuthenticationOnWritesAreRefusedAsIllegalFunctionAndReadsStayOpen()
    {
        // The relay's state is not asserted: the default HVAC rule may switch it at any tick; the exception
        // answer is the refusal.
        HttpClient client = _factory.CreateClient();
        (await client.PostJsonAsync("/api/settings", """{"auth": {"enabled": true}}""")).Dispose();

        string local = Run("-a", "34", "-t", "4", "-r", (GatewayRegisters.BicomBase + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "1");
        Assert.Contains("Illegal function", local, StringComparison.Ordinal);
        string forwarded = Run("-a", "32", "-t", "4", "-r", "1", "1"); // FC6 to the RS485 Bicom, through the gateway
        Assert.Contains("Illegal function", forwarded, StringComparison.Ordinal);
        Assert.Equal("SG-H1", Text(Mbpoll("-a", "34", "-t", "3", "-r", "1", "-c", "8"), 0, 8));
    }

    [Fact]
    public async Task AClientOnTheWriteListMayWriteWithAuthenticationOn()
    {
        var relay = (BicomRelay)_factory.Services.GetRequiredService<DeviceStack>().Simulator(DeviceStack.RightIr)!.Devices[33];
        HttpClient client = _factory.CreateClient();
        (await client.PostJsonAsync("/api/settings", """{"auth": {"enabled": true}, "features": {"modbus_write_clients": ["127.0.0.0/8"]}}""")).Dispose();
        Run("-a", "34", "-t", "4", "-r", (GatewayRegisters.BicomBase + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "1");
        Assert.True(relay.On);
    }

    /// <summary>Reads registers with PDU addressing (-0), one poll (-1), quiet (-q).</summary>
    private int[] Mbpoll(params string[] arguments)
    {
        string output = Run(arguments);
        int[] values = RegisterLine().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(values.Length > 0, output);
        return values;
    }

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("mbpoll") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string? a in new[] { "-m", "tcp", "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-0", "-1", "-q", "-o", "2" }) start.ArgumentList.Add(a);
        foreach (string? a in arguments.Take(arguments.Length - (arguments.Length % 2))) start.ArgumentList.Add(a);
        start.ArgumentList.Add("127.0.0.1");
        if (arguments.Length % 2 == 1) start.ArgumentList.Add(arguments[^1]); // a value to write
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(10_000))
        {
            process.Kill();
            throw new TimeoutException("mbpoll did not finish");
        }
        return stdout.Result + stderr.Result;
    }

    private static string Text(int[] registers, int offset, int words)
    {
        var sb = new StringBuilder();
        for (int n = 0; n < words; n++) sb.Append((char)(registers[offset + n] >> 8)).Append((char)(registers[offset + n] & 0xFF));
        return sb.ToString().Trim(' ', '\0');
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\[\d+\]:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex RegisterLine();
}
