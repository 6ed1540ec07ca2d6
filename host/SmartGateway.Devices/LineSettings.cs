namespace SmartGateway.Devices;

/// <summary>RS485 line settings as the manual's RS485 tab shows them: baud rate, parity (none, even, odd), stop bits.</summary>
public sealed record LineSettings(int Baud, string Parity, int StopBits)
{
    public static readonly LineSettings Default = new(115200, "none", 1);
}
