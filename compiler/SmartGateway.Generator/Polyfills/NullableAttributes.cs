namespace System.Diagnostics.CodeAnalysis;

/// <summary>The linked compiler source annotates out parameters with this; netstandard2.0 lacks it.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}
