using System;
using System.Device.Adc;
using System.IO.Ports;
using SmartGateway.Firmware.Board;
using SmartGateway.Firmware.Config;
using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Inputs;
using SmartGateway.Firmware.Modbus;
using SmartGateway.Firmware.Mqtt;
using SmartGateway.Firmware.Rules;
using SmartGateway.Firmware.Time;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Firmware;

/// <summary>
/// Wires the gateway together from its configuration: serial lines and devices, clock, inputs, MQTT links,
/// the rule image and the tick loop. Start-up problems are kept in <see cref="StartupErrors"/> and published
/// once MQTT is up; none of them stops the gateway (a device without a map is simply not polled).
/// </summary>
public sealed class Gateway
{
    public const long ResponseTimeoutMicros = 500000;
    public const int Retries = 1;

    public Gateway(GatewayConfig config)
    {
        Config = config;
        Devices = new DeviceRegistry();
        Images = new RuleImageStore();
        string error;
        Clock = new GatewayClock(config.time_zone, out error);
        Note(error);
        OpenDevices();
        Pulse = OpenPulse();
        Temperature = OpenTemperature();
        Commands = new MqttCommands(this);
        Mqtt = new MqttLinks(config.mqtt ?? new MqttLinkConfig[0], config.serial_number, Commands.Handle);
        Actions = new ActionRunner(Devices, Mqtt);
        Loop = new TickLoop(Devices, Clock, Actions, Pulse, Temperature);
        Image image = Images.LoadCurrent(out error);
        Note(error);
        int unbound = Loop.Swap(image);
        if (unbound > 0) Note(unbound.ToString() + " rule inputs have no source on this gateway (always Unknown)");
    }

    public GatewayConfig Config { get; }
    public DeviceRegistry Devices { get; }
    public RuleImageStore Images { get; }
    public GatewayClock Clock { get; }
    public PulseInput Pulse { get; }
    public Pt1000Input Temperature { get; }
    public MqttCommands Commands { get; }
    public MqttLinks Mqtt { get; }
    public ActionRunner Actions { get; }
    public TickLoop Loop { get; }

    public string StartupErrors { get; private set; } = "";

    /// <summary>Installs an uploaded image (verify-then-swap); the running one stays on refusal.</summary>
    public bool InstallImage(byte[] bytes, out string error)
    {
        Image image = Images.Install(bytes, out error);
        if (image == null) return false;
        Loop.Swap(image);
        return true;
    }

    public bool RollbackImage(out string error)
    {
        Image image = Images.Rollback(out error);
        if (image == null) return false;
        Loop.Swap(image);
        return true;
    }

    private void OpenDevices()
    {
        DeviceConfig[] configured = Config.devices ?? new DeviceConfig[0];
        for (int i = 0; i < configured.Length; i++)
        {
            DeviceConfig d = configured[i];
            string error;
            DeviceMap map = DeviceMapLoader.Load(d.map, out error);
            if (map == null)
            {
                Note(d.port + " " + d.address.ToString() + ": " + error);
                continue;
            }
            try
            {
                AddDevice(d, map);
            }
            catch (Exception e)
            {
                Note(d.port + ": " + e.Message);
            }
        }
    }

    private void AddDevice(DeviceConfig d, DeviceMap map)
    {
        if (d.port == "ir.left")
        {
            if (Devices.IrLeft == null) Devices.IrLeft = Bus(SerialLine.OpenIrLeft(), SerialLine.IrBaud, false, 1);
            Devices.Add(Devices.IrLeft, new DeviceSlot("ir.left", "Left IR Device", (byte)d.address, map, d.description, d.location));
        }
        else if (d.port == "ir.right")
        {
            if (Devices.IrRight == null) Devices.IrRight = Bus(SerialLine.OpenIrRight(), SerialLine.IrBaud, false, 1);
            Devices.Add(Devices.IrRight, new DeviceSlot("ir.right", "Right IR Device", (byte)d.address, map, d.description, d.location));
        }
        else if (d.port == "rs485")
        {
            if (d.address < 1 || d.address > 247) throw new ArgumentException("RS485 address must be 1-247, not " + d.address.ToString());
            if (Devices.Rs485 == null)
                Devices.Rs485 = Bus(SerialLine.OpenRs485(Config.rs485_baud, Config.rs485_parity, Config.rs485_stop_bits), Config.rs485_baud, Config.rs485_parity != 0, Config.rs485_stop_bits);
            int k = Devices.Rs485.Slots.Length + 1;
            Devices.Add(Devices.Rs485, new DeviceSlot("rs485." + d.address.ToString(), "RS 485 Device " + k.ToString(), (byte)d.address, map, d.description, d.location));
        }
        else
        {
            throw new ArgumentException("unknown port \"" + d.port + "\" (ir.left, ir.right or rs485)");
        }
    }

    private static DeviceBus Bus(SerialPort port, int baud, bool parity, int stopBits)
    {
        var timing = new BusTiming();
        timing.Baud = baud;
        timing.Parity = parity;
        timing.StopBits = stopBits;
        return new DeviceBus(new RtuMaster(port, ResponseTimeoutMicros, Retries), timing);
    }

    private PulseInput OpenPulse()
    {
        try
        {
            return new PulseInput(PinMap.PulseInput, Config.pulses_per_kwh);
        }
        catch (Exception e)
        {
            Note("pulse input: " + e.Message);
            return null;
        }
    }

    private Pt1000Input OpenTemperature()
    {
        try
        {
            return new Pt1000Input(new AdcController(), PinMap.Pt1000AdcChannel);
        }
        catch (Exception e)
        {
            Note("PT1000 input: " + e.Message);
            return null;
        }
    }

    private void Note(string error)
    {
        if (error == null || error.Length == 0) return;
        StartupErrors = StartupErrors.Length == 0 ? error : StartupErrors + "; " + error;
    }
}
