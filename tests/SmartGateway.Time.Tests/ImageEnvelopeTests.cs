using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Time.Tests;

public class ImageEnvelopeTests
{
    /// <summary>The tariff reader passes ImageEnvelope's verdict on by number; the two lists must agree.</summary>
    [Theory]
    [InlineData(VerifyError.TooShort, TariffImageError.TooShort)]
    [InlineData(VerifyError.BadMagic, TariffImageError.BadMagic)]
    [InlineData(VerifyError.UnsupportedVersion, TariffImageError.UnsupportedVersion)]
    [InlineData(VerifyError.BadFlags, TariffImageError.BadFlags)]
    [InlineData(VerifyError.LengthMismatch, TariffImageError.LengthMismatch)]
    [InlineData(VerifyError.BadChecksum, TariffImageError.BadChecksum)]
    public void EnvelopeReasonsHaveTheSameNumberInBothLists(VerifyError rule, TariffImageError tariff) =>
        Assert.Equal((int)rule, (int)tariff);
}
