using System.Reflection;
using System.Runtime.Loader;
using SmartGateway.Devices;
using SmartGateway.Host.Configuration;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// Loads the simulated site from its own assembly when configured (Gateway:Simulator:Enabled). The host has no
/// compile-time reference to the simulator: its build only copies SmartGateway.Simulator.dll beside the program,
/// and a production install may leave it out.
/// </summary>
public static class SimulatedSiteLoader
{
    /// <summary>Null when the simulator is not enabled.</summary>
    /// <exception cref="InvalidOperationException">Enabled, but the assembly or its site is missing.</exception>
    public static ISimulatedSite? Load(SimulatorOptions options)
    {
        if (!options.Enabled) return null;
        string path = Path.GetFullPath(options.Assembly, AppContext.BaseDirectory);
        var name = new AssemblyName(Path.GetFileNameWithoutExtension(path));
        Assembly assembly;
        // Into the default context, so the site and the host share one SmartGateway.Devices (and its ISimulatedSite).
        // A process that references the simulator (the tests) resolves it by name; the host resolves it by path.
        Assembly? FromPath(AssemblyLoadContext context, AssemblyName wanted) =>
            AssemblyName.ReferenceMatchesDefinition(wanted, name) && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        AssemblyLoadContext.Default.Resolving += FromPath;
        try
        {
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        }
        catch (FileNotFoundException exception)
        {
            throw new InvalidOperationException($"Gateway:Simulator:Enabled is true but {path} is missing", exception);
        }
        finally
        {
            AssemblyLoadContext.Default.Resolving -= FromPath;
        }
        Type site = assembly.GetExportedTypes().SingleOrDefault(t => t.IsClass && !t.IsAbstract && typeof(ISimulatedSite).IsAssignableFrom(t))
            ?? throw new InvalidOperationException($"{path} has no public {nameof(ISimulatedSite)}");
        return (ISimulatedSite)Activator.CreateInstance(site)!;
    }
}
