namespace SmartGateway.Host.Configuration;

/// <summary>The "Gateway" configuration section: what the box is and what is wired to it.</summary>
/// <remarks>Everything a user changes at run time lives in the stored settings instead (Storage/SettingsStore).</remarks>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Model type reported on /api and in MQTT hello; Home Assistant requires the "SG" prefix.</summary>
    public string ModelType { get; set; } = "SG-H1";

    /// <summary>Empty = derived from /etc/machine-id so two hosts on one network differ.</summary>
    public string SerialNumber { get; set; } = "";

    public string SwVer { get; set; } = "1.00";
    public string HwVer { get; set; } = "H";

    /// <summary>
    /// SQLite database, uploaded files, certificates. Relative paths are taken from the working directory. The default
    /// is the user's state directory, so running the gateway from a work tree never writes into it.
    /// </summary>
    public string DataDirectory { get; set; } = DefaultDataDirectory();

    /// <summary>Days of per-second input history kept for replay (history/ in the data directory).</summary>
    public int HistoryDays { get; set; } = 7;

    public SerialPortOptions LeftIr { get; set; } = new() { BaudRate = 19200 };
    public SerialPortOptions RightIr { get; set; } = new() { BaudRate = 19200 };
    public SerialPortOptions Rs485 { get; set; } = new() { BaudRate = 115200 };

    /// <summary>Meters reached over Modbus TCP instead of a serial port.</summary>
    public List<TcpMeterOptions> TcpMeters { get; set; } = [];

    /// <summary>Directory of the JSON device maps; empty = devices/ beside the program.</summary>
    public string DeviceMaps { get; set; } = "";

    /// <summary>Time between poll cycles of each bus.</summary>
    public int PollPeriodMs { get; set; } = 1000;

    /// <summary>The gateway's own PT1000 and pulse-counter inputs come from the simulated site, when one is loaded
    /// (a Linux host has neither input).</summary>
    public bool SimulateGatewayInputs { get; set; } = true;

    /// <summary>Modbus TCP server (unit 34 = the gateway, other units forwarded to the devices); 0 = off.</summary>
    public int ModbusTcpPort { get; set; } = 10001;

    /// <summary>Address the Modbus TCP server listens on.</summary>
    public string ModbusTcpBind { get; set; } = "0.0.0.0";

    /// <summary>A Modbus TCP client that sends no request for this long is disconnected.</summary>
    public int ModbusTcpIdleSeconds { get; set; } = 60;

    /// <summary>The built-in simulated site (a demo house behind the empty ports) and its test hooks.</summary>
    public SimulatorOptions Simulator { get; set; } = new();

    /// <summary>Initial values of the two push/publish links, used only when no settings are stored yet.</summary>
    public List<Settings.LinkSettings> Links { get; set; } = [];

    /// <summary>UDP port of the discovery answer Iskra's tools broadcast for; 0 = off.</summary>
    public int DiscoveryPort { get; set; } = 33333;

    /// <summary>$XDG_STATE_HOME/smartgateway, else ~/.local/state/smartgateway (XDG Base Directory); data/ beside the
    /// program for a user without a home directory.</summary>
    public static string DefaultDataDirectory()
    {
        string? state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (Path.IsPathFullyQualified(state ?? "")) return Path.Combine(state!, "smartgateway");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".local", "state", "smartgateway") : Path.Combine(AppContext.BaseDirectory, "data");
    }
}

/// <summary>A serial port; an empty <see cref="Port"/> means nothing is wired to it (or the simulated site stands in for it).</summary>
public sealed class SerialPortOptions
{
    public string Port { get; set; } = "";
    public int BaudRate { get; set; }
    public string Parity { get; set; } = "None";
    public int StopBits { get; set; } = 1;

    /// <summary>An IR port's device answers at this unit (meters and Bicoms default to 33).</summary>
    public int Unit { get; set; } = 33;

    /// <summary>RS485: the addresses polled at start; empty = scan 1–247 in the background.</summary>
    public List<int> Addresses { get; set; } = [];

    /// <summary>How long a scan waits for each address.</summary>
    public int ScanTimeoutMs { get; set; } = 100;
}

public sealed class TcpMeterOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 10001;
    public int UnitId { get; set; } = 33;

    /// <summary>The RS485 slot (1–16) the meter appears in.</summary>
    public int Rs485Slot { get; set; }
}

public sealed class SimulatorOptions
{
    /// <summary>Load the simulated site (launch profile simulated-site): its devices answer on every port left empty.</summary>
    public bool Enabled { get; set; }

    /// <summary>The assembly that implements the site; relative paths are taken from the program's directory.</summary>
    public string Assembly { get; set; } = "SmartGateway.Simulator.dll";

    /// <summary>Serves POST /api/simulator/inputs, which sets a simulated meter's active power (end-to-end tests).</summary>
    public bool AllowOverrides { get; set; }

    /// <summary>Simulated seconds per real second for the demo site (its sun, loads and counters); 1 = real time.</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>Seed of the demo site's waveforms (clouds, household use): the same seed repeats a run.</summary>
    public int Seed { get; set; } = 1;
}
