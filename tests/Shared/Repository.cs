namespace SmartGateway.Tests.Shared;

/// <summary>
/// This repository's files, found from the test binaries upwards (the directory that holds SmartGateway.sln).
/// Linked into every test project that reads rules, device maps or sources from the work tree.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path relative to the repository root, e.g. "rules/devices/WM3M4C.json".</summary>
    public static string RepoFile(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "SmartGateway.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("SmartGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
