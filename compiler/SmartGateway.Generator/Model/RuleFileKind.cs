namespace SmartGateway.Generator.Model;

/// <summary>
/// Which compiler a file goes to, by its name: *.sgr and *.rules.json are rule sets, *.sgt and
/// *.tariff.json tariff calendars, and what sgc treats as a device map (*.sgd, a .json in a directory
/// named devices other than buses*.json) a device map. Any other additional file is not the generator's.
/// </summary>
internal enum RuleFileKind
{
    None,
    Rules,
    Tariff,
    DeviceMap,
}

internal static class RuleFileKinds
{
    public static RuleFileKind Of(string path)
    {
        if (EndsWith(path, ".sgr") || EndsWith(path, ".rules.json")) return RuleFileKind.Rules;
        if (EndsWith(path, ".sgt") || EndsWith(path, ".tariff.json")) return RuleFileKind.Tariff;
        if (SmartGateway.Compiler.Devices.DeviceMapFiles.IsDeviceMapFile(path)) return RuleFileKind.DeviceMap;
        return RuleFileKind.None;
    }

    private static bool EndsWith(string path, string suffix) => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
