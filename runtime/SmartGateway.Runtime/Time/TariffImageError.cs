namespace SmartGateway.Runtime.Time;

/// <summary>Why a tariff calendar image was refused.</summary>
public enum TariffImageError
{
    None = 0,
    // The image envelope's reasons: the same numbers as in VerifyError (ImageEnvelope.Check returns those).
    TooShort = 1,
    BadMagic = 2,
    UnsupportedVersion = 3,
    BadFlags = 4,
    LengthMismatch = 5,
    BadChecksum = 6,
    ReservedNotZero,
    SectionOutOfBounds,
    BadString,
    StringIndexOutOfRange,
    LimitExceeded,
    BadTimeZone,
    BadTariff,
    DuplicateTariff,
    BadSeason,
    BadSchedule,
    UnknownTariff,
    SeasonsUnordered,
    SeasonsOverlap,
    DaysNotCovered,
    MixedSeasonKinds,
    BadHoliday,
    HolidaysUnordered,
    TrailingBytes,
}

/// <summary>Messages for <see cref="TariffImageError"/> (nano prints enums as numbers, so spell them out).</summary>
public static class TariffImageErrors
{
    public static string Message(TariffImageError e)
    {
        switch (e)
        {
            case TariffImageError.None: return "valid";
            case TariffImageError.TooShort: return "image is shorter than its header";
            case TariffImageError.BadMagic: return "not a tariff calendar image (magic is not SGTC)";
            case TariffImageError.UnsupportedVersion: return "unsupported tariff image version";
            case TariffImageError.BadFlags: return "unknown flags";
            case TariffImageError.LengthMismatch: return "length field does not match the image size";
            case TariffImageError.BadChecksum: return "CRC-32 mismatch";
            case TariffImageError.ReservedNotZero: return "reserved field is not zero";
            case TariffImageError.SectionOutOfBounds: return "section runs past the end of the image";
            case TariffImageError.BadString: return "string is not valid UTF-8 or too long";
            case TariffImageError.StringIndexOutOfRange: return "string index out of range";
            case TariffImageError.LimitExceeded: return "too many tariffs, seasons or holidays";
            case TariffImageError.BadTimeZone: return "time-zone rule is not a valid POSIX TZ rule";
            case TariffImageError.BadTariff: return "tariff id outside 1-5";
            case TariffImageError.DuplicateTariff: return "tariff id defined twice";
            case TariffImageError.BadSeason: return "season start or day selection is invalid";
            case TariffImageError.BadSchedule: return "schedule hours must start at 0, ascend and stay within 0-23";
            case TariffImageError.UnknownTariff: return "schedule uses an undefined tariff";
            case TariffImageError.SeasonsUnordered: return "seasons are not in order of start date";
            case TariffImageError.SeasonsOverlap: return "two seasons select the same days in one period";
            case TariffImageError.DaysNotCovered: return "a period leaves some weekday without a season";
            case TariffImageError.MixedSeasonKinds: return "date and daylight-saving seasons are mixed";
            case TariffImageError.BadHoliday: return "holiday date or duration is invalid";
            case TariffImageError.HolidaysUnordered: return "holidays are not in order";
            case TariffImageError.TrailingBytes: return "bytes after the last section";
            default: return "invalid tariff image";
        }
    }
}
