using System;
using System.IO;
using System.Threading;
using SmartGateway.Firmware.Config;
using SmartGateway.Firmware.Net;
using SmartGateway.Firmware.Rest;
using SmartGateway.Firmware.SelfTest;
using SmartGateway.Firmware.Storage;
using SmartGateway.Firmware.Time;
using SmartGateway.Firmware.Ui;

namespace SmartGateway.Firmware;

/// <summary>
/// Boot: the self-test when I:\selftest exists (the device's "--selftest"), provisioning mode when the
/// Wi-Fi station is not configured, otherwise the gateway: network, SNTP, REST, MQTT, and the 1 s tick on
/// the main thread. The function button and LED run on their own thread throughout.
/// </summary>
public static class Program
{
    public static void Main()
    {
        var led = new StatusLed();
        var config = GatewayConfig.Load();
        var menu = new FunctionMenu(led, config.serial_number);
        menu.Start();

        if (File.Exists(FlashPaths.SelfTestFlag))
        {
            led.Show(LedState.Busy);
            bool passed = GoldenTraceRunner.RunAll(FlashPaths.SelfTestReport);
            File.Delete(FlashPaths.SelfTestFlag);
            led.Show(passed ? LedState.Ok : LedState.Error);
            Thread.Sleep(Timeout.Infinite);
        }

        if (WifiProvisioning.IsAccessPointActive())
        {
            // The AP was enabled from the function menu; it serves the setup page until a station is saved.
            led.Show(LedState.Provisioning);
            WifiProvisioning.ServeSetupPage();
            Thread.Sleep(Timeout.Infinite);
        }

        led.Show(LedState.Connecting);
        bool online = WifiProvisioning.ConnectStation();
        var gateway = new Gateway(config);
        if (online)
        {
            GatewayClock.StartSntp(config.ntp_server);
            var rest = new RestApi(gateway);
            rest.Start();
            gateway.Mqtt.EnsureConnected();
            gateway.Mqtt.PublishHello(gateway.Commands.Hello());
            if (gateway.StartupErrors.Length > 0) gateway.Mqtt.PublishError("Error: " + gateway.StartupErrors);
        }
        led.Show(gateway.StartupErrors.Length == 0 ? LedState.Ok : LedState.Error);
        IdentifyDevices(gateway);

        long next = Environment.TickCount64;
        while (true)
        {
            try
            {
                gateway.Loop.Tick();
                gateway.Mqtt.EnsureConnected();
                gateway.Mqtt.PublishMeasurements(gateway.Devices);
                led.Show(DevicesOnline(gateway) ? LedState.Ok : LedState.Error);
            }
            catch (Exception e)
            {
                // The tick must keep running: report and go on with the next one.
                led.Show(LedState.Error);
                gateway.Mqtt.PublishError("Error: tick: " + e.Message);
            }
            next += Rules.TickLoop.PeriodMillis;
            long wait = next - Environment.TickCount64;
            if (wait > 0) Thread.Sleep((int)wait);
            else next = Environment.TickCount64;
        }
    }

    private static void IdentifyDevices(Gateway gateway)
    {
        Devices.DeviceSlot[] all = gateway.Devices.All;
        for (int i = 0; i < all.Length; i++)
        {
            Modbus.RtuMaster master = gateway.Devices.MasterOf(all[i]);
            if (master != null && !Devices.Identification.Read(master, all[i]))
                gateway.Mqtt.PublishError("Error: " + all[i].Label + " not responding");
        }
    }

    private static bool DevicesOnline(Gateway gateway)
    {
        Devices.DeviceSlot[] all = gateway.Devices.All;
        for (int i = 0; i < all.Length; i++) if (!all[i].Online) return false;
        return true;
    }
}
