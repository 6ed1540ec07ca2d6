namespace SmartGateway.Host.Settings;

/// <summary>Everything the user changes at run time (manual §4.1.2), stored as one JSON document.</summary>
/// <remarks>Treated as immutable: a change builds a new instance (<c>with</c>) and swaps it in, so readers never
/// see half an update. Setters rather than <c>init</c> only because the source-generated reader fills a missing
/// init-only member with null instead of keeping its default.</remarks>
public sealed record GatewaySettings
{
    public GeneralSettings General { get; set; } = new();
    public AuthSettings Auth { get; set; } = new();
    public FeatureSettings Features { get; set; } = new();
    public TimeSettings Time { get; set; } = new();
    public RS485Settings Rs485 { get; set; } = new();
    public IrSettings Ir { get; set; } = new();
    public IReadOnlyList<LinkSettings> Links { get; set; } = [new(), new()];
    public IReadOnlyList<DevicePushSettings> Push { get; set; } = [];
    public IReadOnlyList<RecorderSettings> Recorders { get; set; } = [];
    public IReadOnlyList<CounterTariffSettings> CounterTariffs { get; set; } = [];
}

public sealed record GeneralSettings
{
    public string Description { get; set; } = "";
    public string Location { get; set; } = "";
}

/// <summary>Web/REST lock (§4.1.2.1): off by default, admin/iskra until changed.</summary>
public sealed record AuthSettings
{
    public bool Enabled { get; set; }
    public string Username { get; set; } = "admin";

    /// <summary>PBKDF2 hash (Security/PasswordHasher); empty = the default password "iskra".</summary>
    public string PasswordHash { get; set; } = "";
}

public sealed record FeatureSettings
{
    public int LocalModbusAddress { get; set; } = 34;
    public bool ModbusTcpEnabled { get; set; } = true;
    public int ModbusTcpPort { get; set; } = 10001;

    /// <summary>With authentication on, only these clients (addresses or networks, "192.168.1.0/24") may write
    /// over Modbus TCP (FC6/FC16, forwarded ones too); reads stay open to all.</summary>
    public IReadOnlyList<string> ModbusWriteClients { get; set; } = [];

    /// <summary>The manual's "UDP Discovery" switch: answer Iskra's discovery broadcast.</summary>
    public bool UdpDiscovery { get; set; } = true;
    public bool PulseCounter { get; set; }
    public bool TemperatureInput { get; set; }
    public bool Automation { get; set; } = true;
}

public sealed record TimeSettings
{
    public bool NtpEnabled { get; set; } = true;
    public int SyncPeriodHours { get; set; } = 24;

    /// <summary>POSIX TZ rule, as the firmware keeps it.</summary>
    public string TimeZone { get; set; } = "CET-1CEST,M3.5.0,M10.5.0/3";
    public IReadOnlyList<string> NtpServers { get; set; } = ["ntp1.arnes.si", "ntp3.arnes.si"];
}

public sealed record RS485Settings
{
    public int BaudRate { get; set; } = 115200;
    public string Parity { get; set; } = "none";
    public int StopBits { get; set; } = 1;

    /// <summary>RS485 devices added by the user ("Add device", "Add all devices"): polled from start on, beside
    /// any addresses configured in Gateway:Rs485:Addresses.</summary>
    public IReadOnlyList<int> Addresses { get; set; } = [];
}

/// <summary>The IR devices tab (§4.1.2.3): a device on an IR port is read only while it is enabled.</summary>
public sealed record IrSettings
{
    /// <summary>The energy counter on the left IR port.</summary>
    public bool LeftEnabled { get; set; } = true;

    /// <summary>The Bicom relay on the right IR port: "controlled" (by the gateway) or "not_connected".</summary>
    public string RightMode { get; set; } = "controlled";
}

/// <summary>One push/publish link (§4.1.2.2): disabled, MQTT or Standard TCP.</summary>
public sealed record LinkSettings
{
    /// <summary>"disabled", "mqtt" or "tcp" (Standard TCP push).</summary>
    public string Mode { get; set; } = "disabled";
    public string Server { get; set; } = "";
    public int Port { get; set; } = 1883;

    /// <summary>Push response time, seconds.</summary>
    public int ResponseTime { get; set; } = 10;

    /// <summary>"tcp" or "tls" (MQTT secured with mutual auth).</summary>
    public string Protocol { get; set; } = "tcp";
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>Empty = the gateway's serial number.</summary>
    public string RootTopic { get; set; } = "";
    public string SubscribeTopic { get; set; } = "cmd";
    public string PublishTopic { get; set; } = "publish";

    /// <summary>PEM files in the File manager (the data directory's files/ folder), by name.</summary>
    public string CaCertificate { get; set; } = "";
    public string ClientCertificate { get; set; } = "";
    public string ClientKey { get; set; } = "";

    /// <summary>Home Assistant MQTT discovery on this link (MQTT mode only): retained configs under
    /// <see cref="DiscoveryPrefix"/>, states under <c>{root}/{publish}/ha/</c> (host/README.md).</summary>
    public bool Discovery { get; set; } = true;

    /// <summary>Home Assistant's discovery prefix (its MQTT integration's default is "homeassistant").</summary>
    public string DiscoveryPrefix { get; set; } = "homeassistant";
}

/// <summary>Per-device push intervals on each link; 0 = no push on that link.</summary>
public sealed record DevicePushSettings
{
    public int Slot { get; set; }
    public int Link1Interval { get; set; }
    public int Link2Interval { get; set; }
}

/// <summary>A recorder (§4.1.2.5): a counter of one device, or the pulse counter, sampled at local midnight.</summary>
public sealed record RecorderSettings
{
    public bool Enabled { get; set; }

    /// <summary>"device" or "pulse".</summary>
    public string Source { get; set; } = "device";
    public int Slot { get; set; }

    /// <summary>"non_resettable" or "resettable".</summary>
    public string CounterKind { get; set; } = "non_resettable";

    /// <summary>1-based counter number within its kind.</summary>
    public int Counter { get; set; } = 1;
}

/// <summary>A meter's counter assigned to tariffs (§4.1.4 "Tariff: 1 2 3 4 5"): the gateway keeps a register that
/// grows with the counter only while one of <see cref="Tariffs"/> is in force.</summary>
public sealed record CounterTariffSettings
{
    public int Slot { get; set; }

    /// <summary>"non_resettable" or "resettable".</summary>
    public string CounterKind { get; set; } = "non_resettable";

    /// <summary>1-based counter number within its kind.</summary>
    public int Counter { get; set; } = 1;

    /// <summary>Tariffs 1–5 the register counts in.</summary>
    public IReadOnlyList<int> Tariffs { get; set; } = [];
}
