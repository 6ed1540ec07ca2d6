namespace SmartGateway.Runtime.Devices;

/// <summary>How a Bicom relay is read and switched: a holding register for its state, one to command it.</summary>
public sealed class BicomControl
{
    public int StateRegister;
    public int ControlRegister;
    public int OnValue = 1;
    public int OffValue;

    /// <summary>Value that toggles the relay, or -1 when the device has no toggle (the master then writes the opposite state).</summary>
    public int ToggleValue = -1;
}
