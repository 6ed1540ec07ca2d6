using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Inputs;

/// <summary>
/// Resolves each of an image's input paths once, when the image is swapped in, to a source (time field, tariff,
/// temperature, pulse, or a device reading cell), so that filling a snapshot every tick compares no strings and
/// allocates nothing. The firmware and the host bind alike; only their <see cref="IInputResolver"/> differs.
/// </summary>
public sealed class InputBinding
{
    private readonly int[] _source;
    private readonly int[] _argument;
    private readonly IReadingCells?[] _cells;

    public InputBinding(Image image, IInputResolver devices)
    {
        int n = image.Inputs.Length;
        _source = new int[n];
        _argument = new int[n];
        _cells = new IReadingCells[n];
        for (int i = 0; i < n; i++) Bind(i, image.Inputs[i], devices);
    }

    /// <summary>How many inputs no source serves (reported when an image is installed).</summary>
    public int Unbound
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _source.Length; i++) if (_source[i] == InputSource.None) count++;
            return count;
        }
    }

    /// <summary>The <see cref="InputSource"/> of input i.</summary>
    public int SourceOf(int input) => _source[input];

    [NanoHotPath]
    public void Fill(Snapshot snapshot, LocalInputs local)
    {
        for (int i = 0; i < _source.Length; i++)
        {
            switch (_source[i])
            {
                case InputSource.Time:
                    if (local.TimeValid) snapshot.Set(i, TimeInputs.Value(_argument[i], local.Local));
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Tariff:
                    if (local.TariffValid) snapshot.Set(i, local.Tariff * Fixed.Scale);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Temperature:
                    if (local.TemperatureValid) snapshot.Set(i, local.TemperatureMicro);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Pulse:
                    if (local.PulseValid) snapshot.Set(i, local.PulseMicroWh);
                    else snapshot.SetInvalid(i);
                    break;
                case InputSource.Device:
                    IReadingCells cells = _cells[i]!;
                    int cell = _argument[i];
                    if (cells.IsValid(cell)) snapshot.Set(i, cells.Value(cell));
                    else snapshot.SetInvalid(i);
                    break;
                default:
                    snapshot.SetInvalid(i);
                    break;
            }
        }
    }

    private void Bind(int i, string path, IInputResolver devices)
    {
        int time = TimeInputs.KindOf(path);
        if (time != TimeInputs.None)
        {
            _source[i] = InputSource.Time;
            _argument[i] = time;
            return;
        }
        if (path == "tariff") { _source[i] = InputSource.Tariff; return; }
        if (path == "temperature") { _source[i] = InputSource.Temperature; return; }
        if (path == "pulse") { _source[i] = InputSource.Pulse; return; }
        int cell;
        IReadingCells? cells = devices.Resolve(path, out cell);
        if (cells == null) return;
        _source[i] = InputSource.Device;
        _cells[i] = cells;
        _argument[i] = cell;
    }
}
