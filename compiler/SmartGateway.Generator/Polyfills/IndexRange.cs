namespace System;

// netstandard2.0 has no Index/Range; the linked compiler source slices strings (s[a..b]) and lists (xs[^1]),
// which the C# compiler lowers to Substring / Count-based indexing once these types exist.

/// <summary>An index from the start or, with ^, from the end.</summary>
internal readonly struct Index
{
    private readonly int _value;

    public Index(int value, bool fromEnd = false) => _value = fromEnd ? ~value : value;

    public static Index Start => new(0);

    public static Index End => new(0, fromEnd: true);

    public int Value => _value < 0 ? ~_value : _value;

    public bool IsFromEnd => _value < 0;

    public int GetOffset(int length) => IsFromEnd ? length - Value : Value;

    public static implicit operator Index(int value) => new(value);
}

/// <summary>A start and end <see cref="Index"/>.</summary>
internal readonly struct Range(Index start, Index end)
{
    public Index Start { get; } = start;

    public Index End { get; } = end;

    public static Range StartAt(Index start) => new(start, Index.End);

    public static Range EndAt(Index end) => new(Index.Start, end);

    public static Range All => new(Index.Start, Index.End);
}
