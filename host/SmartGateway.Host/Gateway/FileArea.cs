namespace SmartGateway.Host.Gateway;

/// <summary>The data directory's files/ folder: flat, names checked so no path leaves it.</summary>
public sealed class FileArea
{
    public const string NameRule = "file names are 1–64 characters of letters, digits, '.', '-' and '_', not starting with '.'";

    public FileArea(string dataDirectory)
    {
        Root = Path.Combine(Path.GetFullPath(dataDirectory), "files");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public IReadOnlyList<FileInfo> List() =>
        new DirectoryInfo(Root).GetFiles().Where(f => PathOf(f.Name) is not null).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    /// <summary>The full path of a valid name, or null.</summary>
    public string? PathOf(string name)
    {
        if (name.Length is 0 or > 64 || name[0] == '.') return null;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')) return null;
        return Path.Combine(Root, name);
    }

    /// <summary>Written beside and renamed over, so a crash never leaves half a certificate.</summary>
    public void Write(string name, byte[] content)
    {
        var path = PathOf(name) ?? throw new ArgumentException(NameRule, nameof(name));
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A configured certificate path: relative names are looked up here.</summary>
    public string Resolve(string configured) => Path.IsPathRooted(configured) ? configured : Path.Combine(Root, configured);
}
