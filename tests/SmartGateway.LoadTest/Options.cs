using System.Globalization;

namespace SmartGateway.LoadTest;

/// <summary>Command line of the load test; every count and duration is bounded.</summary>
/// <param name="DslType">The rule DSL's media type: text/x-sg-dsl (docs/SG-REST.md); text/plain for hosts from before it.</param>
public sealed record Options(string HostDll, int Seconds, double Scale, int Silent, int Slow, int Pollers, int RssCeilingMb, string DslType)
{
    /// <summary>The host built beside this project: tests/SmartGateway.LoadTest/bin/C/net10.0 → host/SmartGateway.Host/bin/C/net10.0.</summary>
    private static string DefaultHost()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = output.Parent!.Name;
        string repository = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "host", "SmartGateway.Host", "bin", configuration, output.Name, "SmartGateway.Host.dll");
    }

    public static Options? Parse(string[] args)
    {
        var options = new Options(DefaultHost(), 90, 1.0, 1000, 20, 4, 4096, "text/x-sg-dsl");
        for (int n = 0; n < args.Length; n++)
        {
            if (n + 1 >= args.Length) return null;
            string value = args[++n];
            int Int(int max) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v <= max ? v : -1;
            options = args[n - 1] switch
            {
                "--host" => options with { HostDll = value },
                "--seconds" => options with { Seconds = Int(600) },
                "--scale" => options with { Scale = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s is > 0 and <= 1 ? s : -1 },
                "--silent" => options with { Silent = Int(5000) },
                "--slow" => options with { Slow = Int(200) },
                "--pollers" => options with { Pollers = Int(50) },
                "--rss-ceiling-mb" => options with { RssCeilingMb = Int(16384) },
                "--dsl-type" => options with { DslType = value },
                _ => null,
            };
            if (options is null) return null;
        }
        if (options.Seconds < 10 || options.Scale < 0 || options.Silent < 0 || options.Slow < 0 || options.Pollers < 1 || options.RssCeilingMb < 256) return null;
        return File.Exists(options.HostDll) ? options : null;
    }
}
