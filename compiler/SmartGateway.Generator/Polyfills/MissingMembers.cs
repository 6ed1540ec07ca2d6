namespace System.Collections.Generic
{
    /// <summary>Members the linked compiler source calls that netstandard2.0 lacks, as extensions (instance members win on newer targets).</summary>
    internal static class DictionaryPolyfills
    {
        public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
            where TKey : notnull
        {
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }
    }
}

namespace System.Text
{
    internal static class EncodingPolyfills
    {
        public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }
}
