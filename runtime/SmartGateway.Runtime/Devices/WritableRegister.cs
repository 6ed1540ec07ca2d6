using SmartGateway.Runtime.Values;

namespace SmartGateway.Runtime.Devices;

/// <summary>A holding register a rule or the API may write, with the range of values the device accepts (micro-units).</summary>
public sealed class WritableRegister
{
    public string Name = "";
    public int Register;
    public RegisterType Type;
    public long Min;
    public long Max;
}
