namespace SmartGateway.Host.Storage;

/// <summary>Owner-only permissions for everything the gateway stores: directories 0700, files 0600 (the
/// database holds the MQTT passwords, files/ the TLS keys). Existing ones are tightened, not only new ones.</summary>
public static class PrivateFiles
{
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, DirectoryMode);
        File.SetUnixFileMode(path, DirectoryMode);
    }

    /// <summary>A new file, created 0600 (never readable by others, not even for a moment).</summary>
    public static FileStream CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Tightens an existing file to 0600; a missing one is fine.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(path, FileMode);
    }
}
