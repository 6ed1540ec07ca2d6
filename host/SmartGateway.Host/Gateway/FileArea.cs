using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Gateway;

/// <summary>The data directory's files/ folder (the File manager): flat, names checked so no path leaves it,
/// symbolic links never followed, owner-only permissions, and a quota of <see cref="QuotaBytes"/> in at most
/// <see cref="MaxFiles"/> files.</summary>
public sealed class FileArea
{
    public const string NameRule = "file names are 1–64 characters of letters, digits, '.', '-' and '_', not starting with '.'";
    public const long MaxFileBytes = 1 << 20;
    public const long QuotaBytes = 8 << 20;
    public const int MaxFiles = 32;
    private const string PartialSuffix = ".partial";

    private readonly object _gate = new();
    private long _reserved;

    public FileArea(string dataDirectory)
    {
        Root = Path.Combine(Path.GetFullPath(dataDirectory), "files");
        PrivateFiles.CreateDirectory(Root);
        // Uploads a crash cut short.
        foreach (string partial in Directory.EnumerateFiles(Root, "." + "*" + PartialSuffix)) File.Delete(partial);
    }

    public string Root { get; }

    public static bool IsValidName(string name)
    {
        if (name.Length is 0 or > 64 || name[0] == '.') return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')) return false;
        return true;
    }

    /// <summary>Regular files only: a symbolic link put there by other means is not served.</summary>
    public IReadOnlyList<FileInfo> List() =>
        new DirectoryInfo(Root).GetFiles().Where(f => IsValidName(f.Name) && f.LinkTarget is null)
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    /// <summary>The full path of a valid name, or null.</summary>
    public string? PathOf(string name) => IsValidName(name) ? Path.Combine(Root, name) : null;

    /// <summary>The stored regular file of that name (never a symbolic link), or null.</summary>
    public FileInfo? Existing(string name)
    {
        if (PathOf(name) is not string path) return null;
        var file = new FileInfo(path);
        return file.Exists && file.LinkTarget is null ? file : null;
    }

    /// <summary>Sets aside room for an upload of <paramref name="name"/> of <paramref name="wanted"/> bytes (unknown
    /// for a chunked body): the bytes it may have (at most <see cref="MaxFileBytes"/>, less when the quota is nearly
    /// used), or null when there is no room at all. Concurrent uploads reserve apart, so together they never pass
    /// the quota. <see cref="Release"/> after.</summary>
    public long? Reserve(string name, long? wanted)
    {
        lock (_gate)
        {
            IReadOnlyList<FileInfo> files = List();
            FileInfo? replaced = files.FirstOrDefault(f => f.Name == name);
            if (replaced is null && files.Count >= MaxFiles) return null;
            long free = QuotaBytes - files.Sum(f => f.Length) + (replaced?.Length ?? 0) - _reserved;
            long room = Math.Min(Math.Min(MaxFileBytes, wanted ?? MaxFileBytes), free);
            if (room <= 0 && !(wanted == 0 && free >= 0)) return null;
            _reserved += room;
            return room;
        }
    }

    public void Release(long reserved)
    {
        lock (_gate) _reserved -= reserved;
    }

    /// <summary>Streams the content into a temporary file of its own, then renames it over the name, so a crash
    /// never leaves half a certificate and concurrent uploads of one name never collide (the last one wins).</summary>
    public async Task WriteAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        string path = PathOf(name) ?? throw new ArgumentException(NameRule, nameof(name));
        string temporary = Path.Combine(Root, $".{name}.{Guid.NewGuid():N}{PartialSuffix}");
        try
        {
            await using (FileStream file = PrivateFiles.CreateFile(temporary)) await content.CopyToAsync(file, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A configured certificate or key: a name in this folder, a regular file. Anything else — a path,
    /// a link, a missing file — gets the same message, which tells nothing about files outside.</summary>
    public string Certificate(string configured)
    {
        if (Existing(configured) is FileInfo file) return file.FullName;
        throw new FileNotFoundException($"\"{configured}\" is not a file in the File manager");
    }
}
