namespace SmartGateway.Simulator.Devices;

/// <summary>Sets a meter's load for the present instant before the meter rewrites its registers (a site's model).</summary>
public interface ILoadDriver
{
    void Drive(ThreePhaseModel load);
}
