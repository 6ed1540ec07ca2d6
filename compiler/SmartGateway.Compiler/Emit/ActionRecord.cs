namespace SmartGateway.Compiler.Emit;

/// <summary>The 12 bytes of an action record, as a value so identical actions share one record.</summary>
internal readonly record struct ActionRecord(byte Kind, byte B1, byte B2, byte B3, int W1, int W2);
