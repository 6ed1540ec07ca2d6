namespace SmartGateway.Firmware.Ui;

/// <summary>The LED's colours: a two-colour LED, orange = both on.</summary>
public static class LedColor
{
    public const int Off = 0;
    public const int Green = 1;
    public const int Red = 2;
    public const int Orange = 3;
}
