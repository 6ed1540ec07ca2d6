using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

/// <summary>Identity comparison, as .NET 5+ has it; the linked compiler keys its source map by bound node.</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
{
    public static ReferenceEqualityComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object? obj) => obj == null ? 0 : RuntimeHelpers.GetHashCode(obj);
}
