using System.Threading.Channels;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Mqtt;
using SmartGateway.Host.Storage;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Rules;

/// <summary>
/// Executes the actions a tick decided, in order, on one background consumer, so a slow relay or
/// broker never delays the next tick. A failed action is logged and the next one still runs. A done action is
/// noted in the event log when it differs from its automation's previous one (a continuous automation repeating
/// itself every second does not fill the log); a message for an MQTT link that is switched off is not a failure.
/// </summary>
public sealed class ActionDispatcher(IBicomControl bicoms, IModbusMaster modbus, IMqttPublisher mqtt, ILinkStatus links,
    IDeviceDirectory directory, EventLog log, ILogger<ActionDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, string> _lastDone = new(StringComparer.Ordinal);

    private readonly Channel<(string Automation, ActionEntry Action)> _queue =
        Channel.CreateBounded<(string, ActionEntry)>(new BoundedChannelOptions(4096) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues an action; false when the queue is full (the action is dropped and logged).</summary>
    public bool Enqueue(string automation, ActionEntry action)
    {
        if (_queue.Writer.TryWrite((automation, action))) return true;
        log.Append(EventLog.Error, "automations", $"\"{automation}\": action queue full, action dropped");
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach ((string? automation, ActionEntry? action) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (action.Kind == ActionKind.Mqtt && links.Status(action.Link) == "Disabled")
                {
                    Note(automation, action, $"{Describe(action)} not sent: MQTT link {action.Link} is disabled");
                    continue;
                }
                await RunAsync(action, stoppingToken);
                Note(automation, action, Describe(action));
            }
            catch (Exception e) when (e is DeviceException or IOException or TimeoutException or InvalidOperationException)
            {
                log.Append(EventLog.Error, "automations", $"\"{automation}\": {Describe(action)} failed: {e.Message}");
                logger.LogWarning("Action of {Automation} failed: {Message}", automation, e.Message);
            }
        }
    }

    private async Task RunAsync(ActionEntry action, CancellationToken cancellationToken)
    {
        switch (action.Kind)
        {
            case ActionKind.Bicom:
                int slot = SlotOf(action.Target) ?? throw new DeviceException($"no Bicom at {action.Target}");
                BicomCommand command = action.BicomFunction switch
                {
                    BicomFunction.On => BicomCommand.On,
                    BicomFunction.Off => BicomCommand.Off,
                    _ => BicomCommand.Toggle,
                };
                await bicoms.SwitchAsync(slot, command, cancellationToken);
                break;
            case ActionKind.Modbus:
                ushort[] words = new ushort[Runtime.Values.RegisterTypes.Words(action.ValueType)];
                if (!RegisterEncoder.Encode(action.Value, action.ValueType, WordOrder.HighFirst, words, 0))
                {
                    throw new InvalidOperationException($"value does not fit {Runtime.Values.RegisterTypes.Name(action.ValueType)}");
                }
                if (action.FunctionCode == 6) await modbus.WriteSingleAsync(action.Address, action.Register, words[0], cancellationToken);
                else await modbus.WriteMultipleAsync(action.Address, action.Register, words, cancellationToken);
                break;
            default:
                if (!await mqtt.PublishAsync(action.Link, action.Subtopic, action.Message, cancellationToken))
                {
                    throw new InvalidOperationException($"MQTT link {action.Link} is not connected");
                }
                break;
        }
    }

    /// <summary>Notes what an automation did to a target, unless it is what it did to that target last time.</summary>
    private void Note(string automation, ActionEntry action, string done)
    {
        string target = automation + "\n" + action.Kind switch
        {
            ActionKind.Bicom => action.Target,
            ActionKind.Modbus => $"{action.Address}/{action.Register}",
            _ => $"{action.Link}/{action.Subtopic}",
        };
        if (_lastDone.TryGetValue(target, out string? last) && last == done) return;
        _lastDone[target] = done;
        log.Append(EventLog.Info, "automations", $"\"{automation}\": {done}");
    }

    /// <summary>The device slot of an interface path: ir.left, ir.right, or rs485.A by Modbus address.</summary>
    private int? SlotOf(string target) => target switch
    {
        "ir.left" => 0,
        "ir.right" => 1,
        _ when target.StartsWith("rs485.", StringComparison.Ordinal) && int.TryParse(target[6..], out int address) =>
            directory.Slots.FirstOrDefault(s => s.Slot >= 2 && s.Address == address)?.Slot,
        _ => null,
    };

    private static string Describe(ActionEntry a) => SmartGateway.Compiler.Emit.Disassembler.Describe(a);
}
