namespace SmartGateway.Runtime.Inputs;

/// <summary>Where a rule input's value comes from on the gateway (docs/FORMATS.md "Input paths").</summary>
public static class InputSource
{
    /// <summary>A path the gateway cannot serve (an unconfigured device or unknown member): always Unknown.</summary>
    public const int None = 0;
    public const int Time = 1;
    public const int Tariff = 2;
    public const int Temperature = 3;
    public const int Pulse = 4;
    public const int Device = 5;
}
