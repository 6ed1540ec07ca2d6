using System.Device.Gpio;
using System.Threading;
using SmartGateway.Firmware.Board;

namespace SmartGateway.Firmware.Ui;

/// <summary>
/// The two-colour status LED, drawn by its own thread every 100 ms from the current pattern: a colour and a
/// blink period (0 = steady). The function menu overrides it with its colour sequences and fast blinks.
/// </summary>
public sealed class StatusLed
{
    private const int FrameMillis = 100;

    private readonly GpioPin _green;
    private readonly GpioPin _red;
    private int _color = LedColor.Off;
    private int _blinkFrames;
    private int _frame;
    private bool _overridden;
    private int _overrideColor;
    private int _overrideBlink;

    public StatusLed()
    {
        var gpio = new GpioController();
        _green = gpio.OpenPin(PinMap.LedGreen, PinMode.Output);
        _red = gpio.OpenPin(PinMap.LedRed, PinMode.Output);
        new Thread(Draw).Start();
    }

    /// <summary>Shows an operating state (<see cref="LedState"/>).</summary>
    public void Show(int state)
    {
        switch (state)
        {
            case LedState.Ok: Set(LedColor.Green, 0); break;
            case LedState.Error: Set(LedColor.Red, 0); break;
            case LedState.Connecting: Set(LedColor.Green, 10); break;
            case LedState.Provisioning: Set(LedColor.Orange, 10); break;
            case LedState.Busy: Set(LedColor.Orange, 2); break;
            default: Set(LedColor.Off, 0); break;
        }
    }

    /// <summary>Menu: blink a colour fast until <see cref="Release"/>.</summary>
    public void BlinkFast(int color)
    {
        _overrideColor = color;
        _overrideBlink = 2;
        _overridden = true;
    }

    /// <summary>Menu: the colour sequence that marks entering the menu or executing a function, 400 ms a step.</summary>
    public void Sequence(int[] colors)
    {
        _overridden = true;
        _overrideBlink = 0;
        for (int i = 0; i < colors.Length; i++)
        {
            _overrideColor = colors[i];
            Thread.Sleep(400);
        }
    }

    public void Release() => _overridden = false;

    private void Set(int color, int blinkFrames)
    {
        _color = color;
        _blinkFrames = blinkFrames;
    }

    private void Draw()
    {
        while (true)
        {
            int color = _overridden ? _overrideColor : _color;
            int blink = _overridden ? _overrideBlink : _blinkFrames;
            _frame++;
            bool lit = blink == 0 || (_frame / blink) % 2 == 0;
            _green.Write(lit && (color & LedColor.Green) != 0 ? PinValue.High : PinValue.Low);
            _red.Write(lit && (color & LedColor.Red) != 0 ? PinValue.High : PinValue.Low);
            Thread.Sleep(FrameMillis);
        }
    }
}
