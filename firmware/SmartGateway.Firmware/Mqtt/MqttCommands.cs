using System;
using System.Threading;
using nanoFramework.Json;
using nanoFramework.Runtime.Native;
using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Modbus;
using SmartGateway.Firmware.Text;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Firmware.Mqtt;

/// <summary>
/// The manual's §4.7 command set, answered on the link it came from, in the manual's shapes. Bad commands get
/// an error on device/error naming the command and what was wrong; nothing is changed by a bad command.
/// Register numbers ≥ 40001 are the manual's 4xxxx notation (40101 = holding register 100); smaller ones are
/// protocol addresses.
/// </summary>
public sealed class MqttCommands
{
    private readonly Gateway _gateway;

    public MqttCommands(Gateway gateway)
    {
        _gateway = gateway;
    }

    public void Handle(MqttLink link, string payload)
    {
        CommandData c;
        try
        {
            var doc = (CommandDocument)JsonConvert.DeserializeObject(payload, typeof(CommandDocument));
            c = doc == null ? null : doc.data;
        }
        catch (Exception e)
        {
            link.PublishError("Error: command is not JSON: " + e.Message);
            return;
        }
        if (c == null || c.cmd == null)
        {
            link.PublishError("Error: command has no data.cmd");
            return;
        }
        string error;
        try
        {
            error = Run(link, c);
        }
        catch (Exception e)
        {
            error = e.Message;
        }
        if (error.Length > 0) link.PublishError("Error: " + c.cmd + ": " + error);
    }

    private string Run(MqttLink link, CommandData c)
    {
        switch (c.cmd)
        {
            case "hello": link.PublishHello(Hello()); return "";
            case "reboot": Power.RebootDevice(); return "";
            case "get_settings": link.PublishStatus(Settings()); return "";
            case "measurements": return Report(link, c, false);
            case "counters": return Report(link, c, true);
            case "bicom": return Bicom(link, c);
            case "detect_485_devices": return Detect(link);
            case "modbus_read": return ModbusRead(link, c);
            case "modbus_write_single": return ModbusWrite(link, c, false);
            case "modbus_write_multi": return ModbusWrite(link, c, true);
            default: return "unknown command";
        }
    }

    /// <summary>§4.7.1 hello payload.</summary>
    public string Hello() =>
        new JsonWriter().BeginObject().String("hello", "hello world").String("serial number", _gateway.Config.serial_number)
            .String("model_type", _gateway.Config.model_type).String("sw_ver", _gateway.Config.sw_ver).String("hw_ver", _gateway.Config.hw_ver)
            .EndObject().ToString();

    private string Settings()
    {
        Config.GatewayConfig c = _gateway.Config;
        JsonWriter w = new JsonWriter().BeginObject().String("cmd", "get_settings")
            .String("model_type", c.model_type).String("serial_number", c.serial_number).String("sw_ver", c.sw_ver)
            .String("time_zone", c.time_zone).String("ntp_server", c.ntp_server)
            .Number("rs485_baud", c.rs485_baud).Number("rs485_parity", c.rs485_parity).Number("rs485_stop_bits", c.rs485_stop_bits)
            .Number("pulses_per_kwh", c.pulses_per_kwh).BeginArray("devices");
        DeviceSlot[] all = _gateway.Devices.All;
        for (int i = 0; i < all.Length; i++)
            w.BeginObject().String("interface", all[i].Interface).Number("address", all[i].Unit).String("map", all[i].Map.Model).EndObject();
        // Passwords are never echoed.
        return w.EndArray().EndObject().ToString();
    }

    private string Report(MqttLink link, CommandData c, bool counters)
    {
        DeviceSlot slot = c.index >= 0 ? _gateway.Devices.ByIndex(c.index) : _gateway.Devices.ByAddress(c.addr < 0 ? 0 : c.addr, false);
        if (slot == null) return "no device at " + (c.index >= 0 ? "index " + c.index.ToString() : "address " + c.addr.ToString());
        link.PublishStatus(counters ? DeviceJson.Counters(slot) : DeviceJson.Measurements(slot));
        return "";
    }

    private string Bicom(MqttLink link, CommandData c)
    {
        DeviceSlot slot = _gateway.Devices.ByAddress(c.addr < 0 ? 0 : c.addr, true);
        if (slot == null || slot.Map.Bicom == null) return "no Bicom at address " + c.addr.ToString();
        RtuMaster master = _gateway.Devices.MasterOf(slot);
        string answer;
        if (c.val == "state")
        {
            int state = ModbusWriter.BicomState(master, slot.Unit, slot.Map.Bicom);
            if (state < 0) return "Bicom " + c.addr.ToString() + " not responding";
            answer = state == 1 ? "on" : "off";
        }
        else
        {
            int function = c.val == "on" ? 0 : c.val == "off" ? 1 : -1;
            if (function < 0) return "val must be on, off or state";
            byte status = ModbusWriter.Bicom(master, slot.Unit, slot.Map.Bicom, function);
            if (status != TransactionStatus.Ok) return "Bicom " + c.addr.ToString() + ": " + TransactionStatus.Name(status);
            answer = c.val;
        }
        link.PublishStatus(new JsonWriter().BeginObject().String("cmd", "bicom").Number("addr", c.addr < 0 ? 0 : c.addr).String("val", answer).EndObject().ToString());
        return "";
    }

    /// <summary>§4.7.8: probes every RS485 address for an identification string, on its own thread (minutes).</summary>
    private string Detect(MqttLink link)
    {
        DeviceBus bus = _gateway.Devices.Rs485;
        if (bus == null) return "RS485 is not configured";
        var scan = new Thread(new DetectScan(bus.Master, link).Run);
        scan.Start();
        return "";
    }

    private string ModbusRead(MqttLink link, CommandData c)
    {
        int unit;
        string error = Target(c, out unit);
        if (error.Length > 0) return error;
        int register = ProtocolRegister(c.reg);
        if (register < 0 || c.no_regs < 1 || c.no_regs > FunctionCode.MaxReadCount) return "reg/no_regs out of range";
        byte status = _gateway.Devices.Rs485.Master.Execute(ModbusRequest.Read((byte)unit, FunctionCode.ReadHoldingRegisters, register, c.no_regs));
        if (status != TransactionStatus.Ok) return "address " + unit.ToString() + ": " + TransactionStatus.Name(status);
        ushort[] words = _gateway.Devices.Rs485.Master.Last.Registers;
        JsonWriter w = new JsonWriter().BeginObject().String("cmd", "modbus read").Number("modbus address", unit)
            .Number("register", c.reg).Number("number of registers", c.no_regs).BeginArray("values");
        for (int i = 0; i < c.no_regs; i++) w.StringValue("0x" + words[i].ToString("X4"));
        link.PublishStatus(w.EndArray().EndObject().ToString());
        return "";
    }

    private string ModbusWrite(MqttLink link, CommandData c, bool multiple)
    {
        int unit;
        string error = Target(c, out unit);
        if (error.Length > 0) return error;
        int register = ProtocolRegister(c.reg);
        if (register < 0) return "reg out of range";
        ModbusRequest request;
        if (multiple)
        {
            if (c.values == null || c.values.Length == 0 || c.values.Length > 2 * FunctionCode.MaxWriteCount) return "values must hold 1-246 bytes";
            // Bytes packed two per register, high byte first; an odd count is padded with a zero byte.
            ushort[] words = new ushort[(c.values.Length + 1) / 2];
            for (int i = 0; i < c.values.Length; i++)
            {
                if (c.values[i] < 0 || c.values[i] > 255) return "values[" + i.ToString() + "] is not a byte";
                words[i / 2] |= (ushort)(i % 2 == 0 ? c.values[i] << 8 : c.values[i]);
            }
            request = ModbusRequest.WriteMultiple((byte)unit, register, words);
        }
        else
        {
            if (c.value < 0 || c.value > 65535) return "value must be 0-65535";
            request = ModbusRequest.WriteSingle((byte)unit, register, c.value);
        }
        byte status = _gateway.Devices.Rs485.Master.Execute(request);
        if (status != TransactionStatus.Ok) return "address " + unit.ToString() + ": " + TransactionStatus.Name(status);
        DeviceSlot slot = _gateway.Devices.Rs485.Find(unit);
        JsonWriter w = new JsonWriter().BeginObject().BeginObject("data").String("cmd", c.cmd)
            .String("serial_number", slot == null ? "" : slot.Serial).Number("reg", c.reg);
        if (multiple)
        {
            w.BeginArray("values");
            for (int i = 0; i < c.values.Length; i++) w.NumberValue(c.values[i]);
            w.EndArray();
        }
        else
        {
            w.Number("value", c.value);
        }
        link.PublishStatus(w.EndObject().EndObject().ToString());
        return "";
    }

    /// <summary>The RS485 unit a Modbus command names, by modbus_address or by serial_number.</summary>
    private string Target(CommandData c, out int unit)
    {
        unit = c.modbus_address;
        if (_gateway.Devices.Rs485 == null) return "RS485 is not configured";
        if (unit < 0 && c.serial_number != null)
        {
            DeviceSlot[] slots = _gateway.Devices.Rs485.Slots;
            for (int i = 0; i < slots.Length; i++) if (slots[i].Serial == c.serial_number) unit = slots[i].Unit;
            if (unit < 0) return "no device with serial number " + c.serial_number;
        }
        if (unit < 1 || unit > 247) return "modbus_address must be 1-247";
        return "";
    }

    private static int ProtocolRegister(int reg)
    {
        if (reg >= 40001 && reg <= 105536) return reg - 40001;
        return reg >= 0 && reg <= 65535 ? reg : -1;
    }
}
