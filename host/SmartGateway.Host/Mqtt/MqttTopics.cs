namespace SmartGateway.Host.Mqtt;

/// <summary>Where a link listens and answers. Commands arrive on <c>{root}/{subscribe}</c>; answers go under
/// <c>{root}/{publish}/</c>: <c>status/hello</c>, <c>status</c> (settings, RS485 detection, reboot),
/// <c>error</c>, <c>measurements</c>, <c>counters</c>, <c>bicom</c>, <c>modbus</c>, and <c>connection</c>
/// ("online"/"offline", retained; "offline" is the last will). Automation actions publish to
/// <c>{root}/{publish}/{subtopic}</c>.</summary>
public sealed record MqttTopics(string Root, string Subscribe, string Publish)
{
    public const string Hello = "status/hello";
    public const string Status = "status";
    public const string Error = "error";
    public const string Measurements = "measurements";
    public const string Counters = "counters";
    public const string Bicom = "bicom";
    public const string Modbus = "modbus";
    public const string Connection = "connection";

    public string Commands => $"{Root}/{Subscribe}";

    public string Reply(string subtopic) => $"{Root}/{Publish}/{subtopic}";
}
