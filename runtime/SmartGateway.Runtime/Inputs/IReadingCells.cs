namespace SmartGateway.Runtime.Inputs;

/// <summary>
/// Device readings addressed by a cell number an <see cref="IInputResolver"/> handed out: the firmware's device
/// slot (one cell per measurement) or the host's reading store (one cell per input path).
/// </summary>
public interface IReadingCells
{
    /// <summary>False while the cell's device has not answered a fresh, checked read.</summary>
    bool IsValid(int cell);

    /// <summary>The cell's value in micro-units.</summary>
    long Value(int cell);
}
