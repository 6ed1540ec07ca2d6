using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace SmartGateway.Host.Upgrade;

/// <summary>The web UI's files: those of the installed bundle when one brought a web UI, else the host's own wwwroot.
/// Looked up per request, so an install or rollback takes effect on the next page load without a restart.</summary>
public sealed class WebUiFiles(UpgradeManager upgrades, IFileProvider builtIn) : IFileProvider
{
    private string? _root;
    private PhysicalFileProvider? _installed;

    public IFileInfo GetFileInfo(string subpath) => Current().GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => Current().GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private IFileProvider Current()
    {
        string? root = upgrades.WebUiDirectory;
        if (root == null || !Directory.Exists(root)) return builtIn;
        lock (this)
        {
            if (root != _root)
            {
                _installed?.Dispose();
                _installed = new PhysicalFileProvider(root);
                _root = root;
            }
            return _installed!;
        }
    }
}
