namespace SmartGateway.Runtime.Devices;

/// <summary>An energy counter: its number N (input path "counter.N"), what it counts and where it is read.</summary>
public sealed class Counter
{
    public int Number;

    /// <summary>0 for a counter of every tariff, else the tariff 1–5 it counts in.</summary>
    public int Tariff;

    public byte Direction;
    public bool Resettable;

    /// <summary>The measurement that reads it; also listed in <see cref="DeviceMap.Measurements"/>.</summary>
    public Measurement Value = new Measurement();
}
