namespace SmartGateway.Firmware.Board;

/// <summary>
/// ESP32-S3 pins of the gateway board. The SG-E1/SG-W1 schematics are not public: every number here is an
/// ASSUMPTION for an ESP32-S3 development board wired as firmware/README.md shows, not Iskra's layout.
/// Change this one file for a real board.
/// </summary>
public static class PinMap
{
    // Left IR port (energy meter): UART0 = COM1 (its default pins on the S3).
    public const int IrLeftTx = 43;
    public const int IrLeftRx = 44;

    // Right IR port (Bicom): UART1 = COM2.
    public const int IrRightTx = 17;
    public const int IrRightRx = 18;

    // RS485: UART2 = COM3.
    public const int Rs485Tx = 15;
    public const int Rs485Rx = 16;

    /// <summary>Transceiver DE/RE, driven as the UART's RTS in RS485 half-duplex mode (docs/NANO.md §6.1).</summary>
    public const int Rs485DriverEnable = 7;

    /// <summary>Status LED, two colours: green + red on together read as orange.</summary>
    public const int LedGreen = 38;
    public const int LedRed = 39;

    /// <summary>Function button (the product's capacitive touch key; the BOOT push button here), active low.</summary>
    public const int FunctionButton = 0;

    /// <summary>S0 pulse input (open collector, pulled up), counted by the ESP32 PCNT unit.</summary>
    public const int PulseInput = 11;

    /// <summary>ADC1 channel of the PT1000 divider (S3: ADC1 channel 3 = GPIO4).</summary>
    public const int Pt1000AdcChannel = 3;
}
