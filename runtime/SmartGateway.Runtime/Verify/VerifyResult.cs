namespace SmartGateway.Runtime.Verify;

/// <summary>Verdict on an image: valid, or the reason and the byte offset where it was found.</summary>
public sealed class VerifyResult
{
    public static readonly VerifyResult Valid = new VerifyResult(VerifyError.None, 0);

    public VerifyResult(VerifyError error, int offset)
    {
        Error = error;
        Offset = offset;
    }

    public VerifyError Error { get; }

    /// <summary>Byte offset from the start of the image.</summary>
    public int Offset { get; }

    public bool IsValid => Error == VerifyError.None;

    public override string ToString() =>
        IsValid ? "valid" : VerifyErrors.Message(Error) + " at offset " + Offset.ToString();
}
