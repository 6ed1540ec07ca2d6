namespace System;

/// <summary>The one HashCode.Combine shape the linked compiler source uses; netstandard2.0 lacks the type.</summary>
internal static class HashCode
{
    public static int Combine<T1, T2>(T1 value1, T2 value2) =>
        unchecked(((value1?.GetHashCode() ?? 0) * 31) + (value2?.GetHashCode() ?? 0));
}
