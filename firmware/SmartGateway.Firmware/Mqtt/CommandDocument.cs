namespace SmartGateway.Firmware.Mqtt;

/// <summary>An MQTT command as the manual writes it: {"data": {"cmd": …, arguments}} (§4.7).</summary>
public sealed class CommandDocument
{
    public CommandData data;
}

/// <summary>Every argument any command takes; -1 / null mean "not given". nanoFramework.Json fills fields by name.</summary>
public sealed class CommandData
{
    public string cmd = "";
    public int addr = -1;
    public int index = -1;
    public string val;
    public int modbus_address = -1;
    public string serial_number;
    public int reg = -1;
    public int no_regs = 1;
    public int value;
    public int[] values;
}
