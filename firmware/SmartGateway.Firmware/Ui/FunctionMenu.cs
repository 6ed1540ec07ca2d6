using System;
using System.Device.Gpio;
using System.Threading;
using nanoFramework.Runtime.Native;
using SmartGateway.Firmware.Board;
using SmartGateway.Firmware.Net;
using SmartGateway.Firmware.Storage;

namespace SmartGateway.Firmware.Ui;

/// <summary>
/// The function button menu of manual §4.4: a long press (10 s) enters the menu (LED green-orange-red-orange-
/// green), a short press (2 s) moves to the next function (fast blink green = reboot, orange = Wi-Fi
/// provisioning, red = factory reset), a long press executes it (green-orange-red). The menu closes one
/// minute after the last press. Polled on its own thread every 50 ms.
/// </summary>
public sealed class FunctionMenu
{
    public const int LongPressMillis = 10000;
    public const int ShortPressMillis = 2000;
    public const int MenuTimeoutMillis = 60000;

    public const int Reboot = 0;
    public const int Provisioning = 1;
    public const int FactoryReset = 2;

    private static readonly int[] EnterSequence = { LedColor.Green, LedColor.Orange, LedColor.Red, LedColor.Orange, LedColor.Green };
    private static readonly int[] ExecuteSequence = { LedColor.Green, LedColor.Orange, LedColor.Red };
    private static readonly int[] FunctionColors = { LedColor.Green, LedColor.Orange, LedColor.Red };

    private readonly StatusLed _led;
    private readonly string _serial;
    private readonly GpioPin _button;
    private bool _inMenu;
    private int _selected;
    private long _lastPress;

    public FunctionMenu(StatusLed led, string serialNumber)
    {
        _led = led;
        _serial = serialNumber;
        _button = new GpioController().OpenPin(PinMap.FunctionButton, PinMode.InputPullUp);
    }

    public void Start() => new Thread(Run).Start();

    private void Run()
    {
        long pressedAt = -1;
        bool longFired = false;
        while (true)
        {
            bool down = _button.Read() == PinValue.Low;
            long now = Environment.TickCount64;
            if (down && pressedAt < 0)
            {
                pressedAt = now;
                longFired = false;
            }
            else if (down && !longFired && now - pressedAt >= LongPressMillis)
            {
                longFired = true;
                LongPress(now);
            }
            else if (!down && pressedAt >= 0)
            {
                if (!longFired && now - pressedAt >= ShortPressMillis) ShortPress(now);
                pressedAt = -1;
            }
            if (_inMenu && now - _lastPress > MenuTimeoutMillis)
            {
                _inMenu = false;
                _led.Release();
            }
            Thread.Sleep(50);
        }
    }

    private void LongPress(long now)
    {
        _lastPress = now;
        if (!_inMenu)
        {
            _inMenu = true;
            _selected = Reboot;
            _led.Sequence(EnterSequence);
            _led.BlinkFast(FunctionColors[_selected]);
            return;
        }
        _led.Sequence(ExecuteSequence);
        Execute(_selected);
    }

    private void ShortPress(long now)
    {
        if (!_inMenu) return;
        _lastPress = now;
        _selected = (_selected + 1) % FunctionColors.Length;
        _led.BlinkFast(FunctionColors[_selected]);
    }

    private void Execute(int function)
    {
        if (function == Provisioning) WifiProvisioning.EnableAccessPoint(_serial);
        else if (function == FactoryReset) FactoryDefaults.Restore();
        Power.RebootDevice();
    }
}
