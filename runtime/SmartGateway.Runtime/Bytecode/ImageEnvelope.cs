using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// The first 16 bytes every SmartGateway image shares (rule images "SGBC", tariff calendars "SGTC"):
/// <code>
///  0  magic (4 bytes)     4  u16 version     6  u16 flags (0)
///  8  u32 total length   12  u32 CRC-32 of the image with these 4 bytes left out
/// </code>
/// One check and one seal for all of them; each format's own header follows.
/// </summary>
public static class ImageEnvelope
{
    public const int VersionOffset = 4;
    public const int FlagsOffset = 6;
    public const int LengthOffset = 8;
    public const int CrcOffset = 12;
    public const int Size = 16;

    public static bool HasMagic(byte[] bytes, byte m0, byte m1, byte m2, byte m3) =>
        bytes != null && bytes.Length >= 4 && bytes[0] == m0 && bytes[1] == m1 && bytes[2] == m2 && bytes[3] == m3;

    /// <summary>
    /// Checks the envelope of an image whose own header is <paramref name="headerSize"/> bytes. Returns
    /// <see cref="VerifyError.None"/> or one of TooShort, BadMagic, UnsupportedVersion, BadFlags,
    /// LengthMismatch, BadChecksum, with the offset where it was found.
    /// </summary>
    public static VerifyError Check(byte[] bytes, int headerSize, byte m0, byte m1, byte m2, byte m3, ushort version, out int offset)
    {
        offset = 0;
        if (bytes == null || bytes.Length < headerSize) return VerifyError.TooShort;
        if (!HasMagic(bytes, m0, m1, m2, m3)) return VerifyError.BadMagic;
        offset = VersionOffset;
        if (LittleEndian.U16(bytes, VersionOffset) != version) return VerifyError.UnsupportedVersion;
        offset = FlagsOffset;
        if (LittleEndian.U16(bytes, FlagsOffset) != 0) return VerifyError.BadFlags;
        offset = LengthOffset;
        if (LittleEndian.U32(bytes, LengthOffset) != (uint)bytes.Length) return VerifyError.LengthMismatch;
        offset = CrcOffset;
        if (ComputeCrc(bytes, bytes.Length) != LittleEndian.U32(bytes, CrcOffset)) return VerifyError.BadChecksum;
        offset = 0;
        return VerifyError.None;
    }

    /// <summary>CRC over the image bytes except the CRC field itself.</summary>
    public static uint ComputeCrc(byte[] image, int length)
    {
        uint crc = Crc32.Update(Crc32.Initial, image, 0, CrcOffset);
        crc = Crc32.Update(crc, image, CrcOffset + 4, length - CrcOffset - 4);
        return Crc32.Finish(crc);
    }

    /// <summary>Writes the total length and the CRC: the last step of writing any image.</summary>
    public static void Seal(byte[] image)
    {
        LittleEndian.PutU32(image, LengthOffset, (uint)image.Length);
        LittleEndian.PutU32(image, CrcOffset, ComputeCrc(image, image.Length));
    }
}
