using System;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using SmartGateway.Firmware.Board;

namespace SmartGateway.Firmware.Modbus;

/// <summary>
/// Opens the gateway's UARTs with their pins routed: the IR ports at 19200 8N1 (manual §2.4), RS485 at the
/// configured line settings (1200–115200) in the ESP32 UART's RS485 half-duplex mode, whose RTS drives the
/// transceiver's DE/RE (docs/NANO.md §6.1).
/// </summary>
public static class SerialLine
{
    public const int IrBaud = 19200;

    public static SerialPort OpenIrLeft()
    {
        Configuration.SetPinFunction(PinMap.IrLeftTx, DeviceFunction.COM1_TX);
        Configuration.SetPinFunction(PinMap.IrLeftRx, DeviceFunction.COM1_RX);
        return Open(PortNames.IrLeft, IrBaud, Parity.None, StopBits.One, false);
    }

    public static SerialPort OpenIrRight()
    {
        Configuration.SetPinFunction(PinMap.IrRightTx, DeviceFunction.COM2_TX);
        Configuration.SetPinFunction(PinMap.IrRightRx, DeviceFunction.COM2_RX);
        return Open(PortNames.IrRight, IrBaud, Parity.None, StopBits.One, false);
    }

    /// <summary>parity: 0 none, 1 odd, 2 even (the config's codes); stopBits 1 or 2.</summary>
    public static SerialPort OpenRs485(int baud, int parity, int stopBits)
    {
        if (baud < 1200 || baud > 115200) throw new ArgumentException("RS485 baud rate must be 1200-115200, not " + baud.ToString());
        Configuration.SetPinFunction(PinMap.Rs485Tx, DeviceFunction.COM3_TX);
        Configuration.SetPinFunction(PinMap.Rs485Rx, DeviceFunction.COM3_RX);
        Configuration.SetPinFunction(PinMap.Rs485DriverEnable, DeviceFunction.COM3_RTS);
        Parity p = parity == 1 ? Parity.Odd : parity == 2 ? Parity.Even : Parity.None;
        return Open(PortNames.Rs485, baud, p, stopBits == 2 ? StopBits.Two : StopBits.One, true);
    }

    private static SerialPort Open(string name, int baud, Parity parity, StopBits stopBits, bool rs485)
    {
        var port = new SerialPort(name, baud, parity, 8, stopBits);
        if (rs485) port.Mode = SerialMode.RS485;
        // Reads are polled with BytesToRead; a short timeout keeps a stray Read from blocking a tick.
        port.ReadTimeout = 20;
        port.WriteTimeout = 200;
        port.ReadBufferSize = 512;
        port.Open();
        return port;
    }
}
