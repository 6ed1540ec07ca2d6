namespace SmartGateway.Runtime.Execution;

/// <summary>
/// Every size the runtime allocates up front (our m3_config.h). The verifier refuses an image that
/// declares more, so a device never runs out of memory in the middle of a tick.
/// </summary>
public static class Limits
{
    /// <summary>Evaluation stack depth: a condition nests at most this deep.</summary>
    public const int MaxStack = 256;

    /// <summary>Actions one tick may queue.</summary>
    public const int MaxActions = 65535;

    /// <summary>Longest string in an image, in bytes (MQTT messages are the long ones).</summary>
    public const int MaxStringBytes = 4096;
}
