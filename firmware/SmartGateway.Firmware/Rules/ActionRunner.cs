using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Modbus;
using SmartGateway.Firmware.Mqtt;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Rules;

/// <summary>
/// Carries out the actions a tick queued, in queue order: Bicom on/off/toggle, Modbus FC6/FC16 writes and
/// MQTT publishes. What to do was decided by the interpreter; this class only performs it and reports
/// failures on device/error (§4.7.2). A failed action does not stop the ones after it.
/// </summary>
public sealed class ActionRunner
{
    private readonly DeviceRegistry _devices;
    private readonly MqttLinks _mqtt;

    public ActionRunner(DeviceRegistry devices, MqttLinks mqtt)
    {
        _devices = devices;
        _mqtt = mqtt;
    }

    public void Run(Image image, ActionQueue queue)
    {
        for (int i = 0; i < queue.Count; i++)
        {
            ActionEntry action = image.Actions[queue.ActionAt(i)];
            string automation = image.Automations[queue.AutomationAt(i)].Name;
            string failure = Perform(action);
            if (failure.Length > 0) _mqtt.PublishError("Error: automation " + automation + ": " + failure);
        }
    }

    /// <summary>Empty on success, else what went wrong.</summary>
    private string Perform(ActionEntry action)
    {
        switch (action.Kind)
        {
            case ActionKind.Bicom: return Bicom(action);
            case ActionKind.Modbus: return Modbus(action);
            default: return Mqtt(action);
        }
    }

    private string Bicom(ActionEntry action)
    {
        DeviceSlot slot = _devices.Find(action.Target);
        if (slot == null || slot.Map.Bicom == null) return "no Bicom configured at " + action.Target;
        RtuMaster master = _devices.MasterOf(slot);
        byte status = ModbusWriter.Bicom(master, slot.Unit, slot.Map.Bicom, (int)action.BicomFunction);
        return status == TransactionStatus.Ok ? "" : "Bicom " + action.Target + ": " + TransactionStatus.Name(status);
    }

    private string Modbus(ActionEntry action)
    {
        if (_devices.Rs485 == null) return "RS485 is not configured";
        byte status = ModbusWriter.WriteValue(_devices.Rs485.Master, action.Address, action.FunctionCode, action.Register, action.ValueType, action.Value);
        return status == TransactionStatus.Ok ? "" : "Modbus write to " + action.Address.ToString() + ": " + TransactionStatus.Name(status);
    }

    private string Mqtt(ActionEntry action)
    {
        MqttLink link = _mqtt.Link(action.Link);
        if (link == null) return "MQTT link " + action.Link.ToString() + " is not configured";
        return link.Publish(action.Subtopic, action.Message) ? "" : "MQTT link " + action.Link.ToString() + " is down";
    }
}
