namespace SmartGateway.Firmware.Ui;

/// <summary>What the status LED shows outside the function menu (the menu drives the LED itself, §4.4.2).</summary>
public static class LedState
{
    public const int Off = 0;

    /// <summary>Steady green: running, every device answers.</summary>
    public const int Ok = 1;

    /// <summary>Steady red: a device does not answer or start-up found an error (see device/error).</summary>
    public const int Error = 2;

    /// <summary>Slow green blink: joining Wi-Fi.</summary>
    public const int Connecting = 3;

    /// <summary>Slow orange blink: provisioning access point active.</summary>
    public const int Provisioning = 4;

    /// <summary>Fast orange blink: busy (self-test running).</summary>
    public const int Busy = 5;
}
