namespace SmartGateway.Firmware.Board;

/// <summary>
/// Which nanoFramework serial port (COMn = UART n-1) serves which interface. ASSUMPTION: an ESP32-S3 board
/// whose nanoFramework image runs the debugger/wire protocol over the native USB port, so all three UARTs
/// are free (on a classic ESP32, UART0/COM1 carries the wire protocol and only two interfaces fit).
/// </summary>
public static class PortNames
{
    public const string IrLeft = "COM1";
    public const string IrRight = "COM2";
    public const string Rs485 = "COM3";
}
