namespace SmartGateway.Architecture.Tests;

/// <summary>
/// The allowed references between our projects (docs/ARCHITECTURE.md): every arrow points down. A project may
/// use what its arrows reach, directly or through another project; nothing else of ours.
/// </summary>
internal static class ReferenceGraph
{
    public static readonly IReadOnlyDictionary<string, string[]> Arrows = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["SmartGateway.Runtime"] = [],
        ["SmartGateway.Compiler"] = ["SmartGateway.Runtime"],
        ["SmartGateway.Cli"] = ["SmartGateway.Compiler"],
        ["SmartGateway.Generator"] = ["SmartGateway.Compiler"],
        ["SmartGateway.NanoAnalyzer"] = [],
        ["SmartGateway.Devices"] = ["SmartGateway.Runtime"],
        ["SmartGateway.Simulator"] = ["SmartGateway.Runtime", "SmartGateway.Devices"],
        ["SmartGateway.Host"] = ["SmartGateway.Runtime", "SmartGateway.Compiler", "SmartGateway.Devices"],
        // The real-mscorlib builds compile the runtime's (and firmware's) sources against build-time stubs.
        ["SmartGateway.Runtime.NanoStubs"] = [],
        ["SmartGateway.Runtime.Nano"] = ["SmartGateway.Runtime.NanoStubs"],
        ["SmartGateway.Firmware.NanoStubs"] = [],
        ["SmartGateway.Firmware.Nano"] = ["SmartGateway.Firmware.NanoStubs"],
    };

    /// <summary>Build tools: code that runs in the compiler (analyzers, generators), never at run time.</summary>
    public static readonly IReadOnlySet<string> BuildTools = new HashSet<string>(StringComparer.Ordinal)
    {
        "SmartGateway.Generator", "SmartGateway.NanoAnalyzer",
    };

    /// <summary>Built first and shipped beside the program, never compiled against (the host loads the site by reflection).</summary>
    public static readonly IReadOnlySet<(string From, string To)> ShippedBeside = new HashSet<(string, string)>
    {
        ("SmartGateway.Host", "SmartGateway.Simulator"),
    };

    /// <summary>Every project the arrows reach from project, the project itself excluded.</summary>
    public static IReadOnlySet<string> Reachable(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Arrows[project]);
        while (pending.TryPop(out string? next))
            if (reached.Add(next)) foreach (string further in Arrows[next]) pending.Push(further);
        return reached;
    }
}
