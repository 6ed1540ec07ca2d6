namespace SmartGateway.Compiler.Traces;

/// <summary>A rule test's files read from the disk, named relative to the working directory.</summary>
public sealed class DiskRuleTestFiles : IRuleTestFiles
{
    public static readonly DiskRuleTestFiles Instance = new();

    public byte[]? Read(string path, out string error)
    {
        error = "";
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }

    public string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
}
