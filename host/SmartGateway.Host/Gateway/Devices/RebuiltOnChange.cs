using System.Runtime.CompilerServices;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// A value built on demand and dropped whenever what it is built from changes. A build that overlaps a change is
/// handed to its caller but not kept: otherwise a list read while a line was half identified would outlive the change
/// that finished it, and stay wrong until the next one (there may be none).
/// </summary>
public sealed class RebuiltOnChange<T>(Func<T> build)
    where T : class
{
    private StrongBox<T?> _current = new(null);

    public T Value
    {
        get
        {
            StrongBox<T?> seen = Volatile.Read(ref _current);
            if (seen.Value is T value) return value;
            T built = build();
            // Kept only if no change came in while it was built (each change installs a new empty box).
            Interlocked.CompareExchange(ref _current, new StrongBox<T?>(built), seen);
            return built;
        }
    }

    public void Changed() => Volatile.Write(ref _current, new StrongBox<T?>(null));
}
