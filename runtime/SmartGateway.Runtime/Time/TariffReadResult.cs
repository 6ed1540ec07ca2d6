namespace SmartGateway.Runtime.Time;

/// <summary>Verdict on a tariff calendar image: valid, or the reason and the byte offset where it was found.</summary>
public sealed class TariffReadResult
{
    public static readonly TariffReadResult Valid = new TariffReadResult(TariffImageError.None, 0);

    public TariffReadResult(TariffImageError error, int offset)
    {
        Error = error;
        Offset = offset;
    }

    public TariffImageError Error { get; }

    public int Offset { get; }

    public bool IsValid => Error == TariffImageError.None;

    public override string ToString() =>
        IsValid ? "valid" : TariffImageErrors.Message(Error) + " at offset " + Offset.ToString();
}
