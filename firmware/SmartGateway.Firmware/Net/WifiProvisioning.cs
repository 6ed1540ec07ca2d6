using System;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;
using nanoFramework.WebServer;
using AuthenticationType = System.Net.NetworkInformation.AuthenticationType;

namespace SmartGateway.Firmware.Net;

/// <summary>
/// Wi-Fi station and the provisioning access point (manual §4.4, docs/NANO.md §6.4 pattern): the menu enables an
/// open AP named after the serial number ("SG-IS000966") at 192.168.4.1 and reboots; at boot the AP's setup
/// page takes the station SSID and password, saves them, disables the AP and reboots into station mode.
/// No DHCP server is in the referenced packages: a phone joining the AP must use a static address in
/// 192.168.4.0/24 (firmware/README.md), or add the nanoFramework IoT DhcpServer binding.
/// </summary>
public static class WifiProvisioning
{
    public const string AccessPointAddress = "192.168.4.1";

    public static bool IsAccessPointActive()
    {
        WirelessAPConfiguration ap = AccessPoint();
        return ap != null && (ap.Options & WirelessAPConfiguration.ConfigurationOptions.Enable) != 0;
    }

    /// <summary>Joins the saved station network; false (no network features) if none is saved or it fails within 60 s.</summary>
    public static bool ConnectStation()
    {
        Wireless80211Configuration station = Station();
        if (station == null || station.Ssid == null || station.Ssid.Length == 0) return false;
        var cancel = new CancellationTokenSource(60000);
        return WifiNetworkHelper.ConnectDhcp(station.Ssid, station.Password, System.Device.Wifi.WifiReconnectionKind.Automatic, false, 0, cancel.Token);
    }

    public static void EnableAccessPoint(string serialNumber)
    {
        Wireless80211Configuration station = Station();
        if (station != null)
        {
            station.Options = Wireless80211Configuration.ConfigurationOptions.Disable;
            station.SaveConfiguration();
        }
        NetworkInterface ap = Interface(NetworkInterfaceType.WirelessAP);
        if (ap != null) ap.EnableStaticIPv4(AccessPointAddress, "255.255.255.0", AccessPointAddress);
        WirelessAPConfiguration config = AccessPoint();
        if (config == null) return;
        config.Options = WirelessAPConfiguration.ConfigurationOptions.Enable | WirelessAPConfiguration.ConfigurationOptions.AutoStart;
        config.Ssid = "SG-" + serialNumber;
        config.Password = "";
        config.Authentication = AuthenticationType.Open;
        config.MaxConnections = 1;
        config.SaveConfiguration();
    }

    public static void ForgetStation()
    {
        Wireless80211Configuration station = Station();
        if (station == null) return;
        station.Ssid = "";
        station.Password = "";
        station.Options = Wireless80211Configuration.ConfigurationOptions.None;
        station.SaveConfiguration();
        WirelessAPConfiguration ap = AccessPoint();
        if (ap == null) return;
        ap.Options = WirelessAPConfiguration.ConfigurationOptions.Disable;
        ap.SaveConfiguration();
    }

    /// <summary>Serves the setup form on the AP until a station is saved (then the device reboots).</summary>
    public static void ServeSetupPage()
    {
        var server = new WebServer(80, HttpProtocol.Http);
        server.CommandReceived += OnSetupRequest;
        server.Start();
    }

    private static void OnSetupRequest(object sender, WebServerEventArgs e)
    {
        string url = e.Context.Request.RawUrl;
        int query = url.IndexOf('?');
        if (url.StartsWith("/save") && query > 0)
        {
            UrlParameter[] parameters = WebServer.DecodeParam(url.Substring(query + 1));
            string ssid = "";
            string password = "";
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Name == "ssid") ssid = parameters[i].Value;
                else if (parameters[i].Name == "password") password = parameters[i].Value;
            }
            if (ssid.Length == 0)
            {
                WebServer.OutputHttpCode(e.Context.Response, System.Net.HttpStatusCode.BadRequest);
                return;
            }
            SaveStation(ssid, password);
            WebServer.OutputAsStream(e.Context.Response, "<html><body>Saved. The gateway restarts and joins " + ssid + ".</body></html>");
            Thread.Sleep(1000);
            Power.RebootDevice();
            return;
        }
        WebServer.OutputAsStream(e.Context.Response,
            "<html><body><h1>SmartGateway Wi-Fi</h1><form action=\"/save\" method=\"get\">" +
            "SSID <input name=\"ssid\"><br>Password <input name=\"password\" type=\"password\"><br>" +
            "<input type=\"submit\" value=\"Save\"></form></body></html>");
    }

    private static void SaveStation(string ssid, string password)
    {
        Wireless80211Configuration station = Station();
        if (station == null) throw new InvalidOperationException("no Wi-Fi station interface");
        station.Ssid = ssid;
        station.Password = password;
        station.Authentication = password.Length == 0 ? AuthenticationType.Open : AuthenticationType.WPA2;
        station.Options = Wireless80211Configuration.ConfigurationOptions.Enable | Wireless80211Configuration.ConfigurationOptions.AutoConnect;
        station.SaveConfiguration();
        WirelessAPConfiguration ap = AccessPoint();
        if (ap == null) return;
        ap.Options = WirelessAPConfiguration.ConfigurationOptions.Disable;
        ap.SaveConfiguration();
    }

    private static Wireless80211Configuration Station()
    {
        Wireless80211Configuration[] all = Wireless80211Configuration.GetAllWireless80211Configurations();
        return all.Length > 0 ? all[0] : null;
    }

    private static WirelessAPConfiguration AccessPoint()
    {
        WirelessAPConfiguration[] all = WirelessAPConfiguration.GetAllWirelessAPConfigurations();
        return all.Length > 0 ? all[0] : null;
    }

    private static NetworkInterface Interface(NetworkInterfaceType type)
    {
        NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
        for (int i = 0; i < all.Length; i++) if (all[i].NetworkInterfaceType == type) return all[i];
        return null;
    }
}
