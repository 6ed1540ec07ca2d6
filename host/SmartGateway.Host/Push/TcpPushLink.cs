using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Mqtt.Commands;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Push;

/// <summary>The "Standard TCP" push link. The vendor's format is not public, so this one is ours and documented:
/// for each due device the gateway opens a TCP connection to server:port, sends ONE line of UTF-8 JSON
/// <c>{"gateway": {"model_type", "serial_number"}, "time": ISO-8601 UTC, "device": {interface, addr, index, model,
/// serial_number}, "measurements": {…REST shape…}, "counters": {…REST shape…}}</c> ending in "\n", and waits up
/// to the push response time for one line back. A line starting with "OK" is success; anything else, silence
/// or a refused connection is an error shown as the link status.</summary>
public sealed class TcpPushLink(int number, LinkSettings settings, LinkServices services) : IPushLink
{
    private volatile string _status = "Connecting";

    public LinkSettings Settings => settings;
    public string Status => _status;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var schedule = new PushSchedule(number);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                foreach (DeviceSlot slot in schedule.Due(services.Settings.Current, services.Directory, services.Time.GetUtcNow()))
                    await PushAsync(slot, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    /// <summary>Standard TCP carries pushes only; automation MQTT actions need an MQTT link.</summary>
    public Task<bool> PublishAsync(string subtopic, string payload, bool retain, CancellationToken cancellationToken) => Task.FromResult(false);

    public JsonObject Payload(DeviceSlot slot)
    {
        JsonObject measurements = services.Commands.OfType<MeasurementsCommand>().Single().Reply(slot).Payload.AsObject();
        JsonObject counters = services.Commands.OfType<CountersCommand>().Single().Reply(slot).Payload.AsObject();
        return new JsonObject
        {
            ["gateway"] = new JsonObject { ["model_type"] = services.Identity.ModelType, ["serial_number"] = services.Identity.SerialNumber },
            ["time"] = services.Time.GetUtcNow().ToString("O"),
            ["device"] = new JsonObject
            {
                ["interface"] = slot.Interface, ["addr"] = slot.Address, ["index"] = MeteringIndex.FromSlot(slot.Slot),
                ["model"] = slot.Model, ["serial_number"] = slot.Serial,
            },
            ["measurements"] = measurements["measurements"]!.DeepClone(),
            ["counters"] = counters["counters"]!.DeepClone(),
        };
    }

    private async Task PushAsync(DeviceSlot slot, CancellationToken cancellationToken)
    {
        JsonObject payload;
        try
        {
            payload = Payload(slot);
        }
        catch (CommandException)
        {
            return; // not read yet: nothing to push this time
        }
        string previous = _status;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(settings.ResponseTime));
            using var client = new TcpClient();
            await client.ConnectAsync(settings.Server, settings.Port, timeout.Token);
            await using NetworkStream stream = client.GetStream();
            byte[] line = Encoding.UTF8.GetBytes(payload.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            await stream.WriteAsync(line, timeout.Token);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string? answer = await reader.ReadLineAsync(timeout.Token);
            if (answer is null || !answer.StartsWith("OK", StringComparison.Ordinal))
                throw new IOException(answer is null ? "the server closed without answering" : "the server answered: " + answer);
            _status = "Connected";
            services.ReportConnected(number);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _status = $"Error: no answer within {settings.ResponseTime} s";
            services.ReportFailure(number, previous, _status);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            _status = "Error: " + exception.Message;
            services.ReportFailure(number, previous, _status);
        }
    }
}
