using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace SmartGateway.NanoAnalyzer.Rules;

/// <summary>
/// Reports a finding once per rule, line and message: the same use seen by several nested operations
/// (<c>List&lt;int&gt; xs = new List&lt;int&gt;()</c>) is one finding, not three.
/// </summary>
internal sealed class Reporter
{
    private readonly ConcurrentDictionary<string, bool> _seen = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

    public void Report(Action<Diagnostic> report, DiagnosticDescriptor descriptor, Location location, params object[] args)
    {
        FileLinePositionSpan line = location.GetLineSpan();
        string key = descriptor.Id + "|" + line.Path + "|" + line.StartLinePosition.Line + "|" + string.Join("|", args);
        if (!_seen.TryAdd(key, true)) return;
        report(Diagnostic.Create(descriptor, location, args));
    }
}
