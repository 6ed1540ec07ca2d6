using System;
using System.IO;
using nanoFramework.Json;
using SmartGateway.Firmware.Storage;

namespace SmartGateway.Firmware.Config;

/// <summary>
/// The gateway's settings (I:\config.json), read with nanoFramework.Json. A missing or unreadable file gives
/// the factory settings, so a bad upload never leaves the device without a configuration.
/// </summary>
public sealed class GatewayConfig
{
    public string model_type = "SG-W1";
    public string serial_number = "IS000000";
    public string sw_ver = "2.08";
    public string hw_ver = "D";
    public string description = "";
    public string location = "";

    /// <summary>POSIX TZ rule for local time and tariffs (the manual's default region: Central Europe).</summary>
    public string time_zone = "CET-1CEST,M3.5.0,M10.5.0/3";
    public string ntp_server = "pool.ntp.org";

    public int rs485_baud = 115200;

    /// <summary>0 none, 1 odd, 2 even.</summary>
    public int rs485_parity;
    public int rs485_stop_bits = 1;

    public DeviceConfig[] devices = new DeviceConfig[0];
    public MqttLinkConfig[] mqtt = new MqttLinkConfig[0];

    /// <summary>REST cookie basic auth; empty user = no authentication.</summary>
    public string rest_user = "";
    public string rest_password = "";

    /// <summary>Meter constant of the S0 pulse input (imp/kWh).</summary>
    public int pulses_per_kwh = 1000;

    public static GatewayConfig Load()
    {
        if (!File.Exists(FlashPaths.Config)) return new GatewayConfig();
        try
        {
            var config = (GatewayConfig)JsonConvert.DeserializeObject(File.ReadAllText(FlashPaths.Config), typeof(GatewayConfig));
            return config ?? new GatewayConfig();
        }
        catch (Exception)
        {
            return new GatewayConfig();
        }
    }
}
