namespace SmartGateway.Host.Settings;

/// <summary>Everything the user changes at run time (manual §4.1.2), stored as one JSON document.</summary>
/// <remarks>Immutable: a change builds a new instance and swaps it in, so readers never see half an update.</remarks>
public sealed record GatewaySettings
{
    public GeneralSettings General { get; init; } = new();
    public AuthSettings Auth { get; init; } = new();
    public FeatureSettings Features { get; init; } = new();
    public TimeSettings Time { get; init; } = new();
    public RS485Settings Rs485 { get; init; } = new();
    public IReadOnlyList<LinkSettings> Links { get; init; } = [new(), new()];
    public IReadOnlyList<DevicePushSettings> Push { get; init; } = [];
    public IReadOnlyList<RecorderSettings> Recorders { get; init; } = [];
}

public sealed record GeneralSettings
{
    public string Description { get; init; } = "";
    public string Location { get; init; } = "";
}

/// <summary>Web/REST lock (§4.1.2.1): off by default, admin/iskra until changed.</summary>
public sealed record AuthSettings
{
    public bool Enabled { get; init; }
    public string Username { get; init; } = "admin";

    /// <summary>PBKDF2 hash (Security/PasswordHasher); empty = the default password "iskra".</summary>
    public string PasswordHash { get; init; } = "";
}

public sealed record FeatureSettings
{
    public int LocalModbusAddress { get; init; } = 34;
    public bool ModbusTcpEnabled { get; init; } = true;
    public int ModbusTcpPort { get; init; } = 10001;
    public bool PulseCounter { get; init; }
    public bool TemperatureInput { get; init; }
    public bool Automation { get; init; } = true;
}

public sealed record TimeSettings
{
    public bool NtpEnabled { get; init; } = true;
    public int SyncPeriodHours { get; init; } = 24;

    /// <summary>POSIX TZ rule, as the firmware keeps it.</summary>
    public string TimeZone { get; init; } = "CET-1CEST,M3.5.0,M10.5.0/3";
    public IReadOnlyList<string> NtpServers { get; init; } = ["ntp1.arnes.si", "ntp3.arnes.si"];
}

public sealed record RS485Settings
{
    public int BaudRate { get; init; } = 115200;
    public string Parity { get; init; } = "none";
    public int StopBits { get; init; } = 1;
}

/// <summary>One push/publish link (§4.1.2.2): disabled, MQTT or Standard TCP.</summary>
public sealed record LinkSettings
{
    /// <summary>"disabled", "mqtt" or "tcp" (Standard TCP push).</summary>
    public string Mode { get; init; } = "disabled";
    public string Server { get; init; } = "";
    public int Port { get; init; } = 1883;

    /// <summary>Push response time, seconds.</summary>
    public int ResponseTime { get; init; } = 10;

    /// <summary>"tcp" or "tls" (MQTT secured with mutual auth).</summary>
    public string Protocol { get; init; } = "tcp";
    public string Username { get; init; } = "";
    public string Password { get; init; } = "";

    /// <summary>Empty = the gateway's serial number.</summary>
    public string RootTopic { get; init; } = "";
    public string SubscribeTopic { get; init; } = "cmd";
    public string PublishTopic { get; init; } = "publish";

    /// <summary>PEM files, relative to the data directory's files/ folder (File manager) or absolute.</summary>
    public string CaCertificate { get; init; } = "";
    public string ClientCertificate { get; init; } = "";
    public string ClientKey { get; init; } = "";
}

/// <summary>Per-device push intervals on each link; 0 = no push on that link.</summary>
public sealed record DevicePushSettings
{
    public int Slot { get; init; }
    public int Link1Interval { get; init; }
    public int Link2Interval { get; init; }
}

/// <summary>A recorder (§4.1.2.5): a counter of one device, or the pulse counter, sampled at local midnight.</summary>
public sealed record RecorderSettings
{
    public bool Enabled { get; init; }

    /// <summary>"device" or "pulse".</summary>
    public string Source { get; init; } = "device";
    public int Slot { get; init; }

    /// <summary>"non_resettable" or "resettable".</summary>
    public string CounterKind { get; init; } = "non_resettable";

    /// <summary>1-based counter number within its kind.</summary>
    public int Counter { get; init; } = 1;
}
