namespace System.Runtime.CompilerServices;

/// <summary>Records and init accessors in the linked compiler source need this marker, which netstandard2.0 lacks.</summary>
internal static class IsExternalInit;
