namespace SmartGateway.Runtime.Inputs;

/// <summary>Where a device input path ("rs485.33.P", "ir.left.reg.40.uint16") is read from; asked once per input when an image is bound.</summary>
public interface IInputResolver
{
    /// <summary>The readings serving path and the cell in them, or null when nothing can serve it (the input stays Unknown).</summary>
    IReadingCells? Resolve(string path, out int cell);
}
