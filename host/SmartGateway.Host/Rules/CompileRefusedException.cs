namespace SmartGateway.Host.Rules;

/// <summary>Why the compile gate did not finish a job: busy (try again shortly) or over one of its budgets.</summary>
public enum CompileRefusal { Busy, CpuTime, WallTime, Memory }

/// <summary>Thrown by <see cref="CompileGate"/>; the API answers it as a problem document (503 or 422).</summary>
public sealed class CompileRefusedException(CompileRefusal reason, string message) : Exception(message)
{
    public CompileRefusal Reason { get; } = reason;
}
