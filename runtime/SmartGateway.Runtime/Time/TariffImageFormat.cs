using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Runtime.Time;

/// <summary>
/// Layout of a compiled tariff calendar (.sgtc), an image of its own beside the rule image.
/// All numbers little-endian.
/// <code>
///  0  envelope (ImageEnvelope): magic "SGTC", u16 version (1), u16 flags, u32 length, u32 CRC-32
/// 16  u16 strings         18  u16 tariffs          20  u16 seasons         22  u16 holidays
/// 24  u16 time-zone rule (string index)            26  u16 reserved (0)
/// 28  sections, in order:
///     strings   u16 byte length + UTF-8 bytes, each
///     tariffs   12 bytes each: id u8 (1–5), reserved u8, name u16, price i64 (micro-units)
///     seasons   each: name u16, kind u8 (0 date, 1 summer time, 2 winter time), month u8, day u8
///               (both 0 unless kind 0), reserved u8, days u16 (DayTypes mask), n u8, then n pairs
///               (from hour u8, tariff id u8); date seasons ascending by start, first hour 0
///     holidays  8 bytes each: name u16, year u16 (0 = annual), month u8, day u8, days u16 (≥ 1);
///               annual ones first by month and day, then one-time ones by date
/// </code>
/// </summary>
public static class TariffImageFormat
{
    public const byte Magic0 = (byte)'S';
    public const byte Magic1 = (byte)'G';
    public const byte Magic2 = (byte)'T';
    public const byte Magic3 = (byte)'C';
    public const ushort Version = 1;

    public const int StringCountOffset = ImageEnvelope.Size;
    public const int TariffCountOffset = 18;
    public const int SeasonCountOffset = 20;
    public const int HolidayCountOffset = 22;
    public const int TimeZoneOffset = 24;
    public const int ReservedOffset = 26;
    public const int HeaderSize = 28;

    public const int TariffRecordSize = 12;
    public const int SeasonHeaderSize = 9;
    public const int HolidayRecordSize = 8;

    public const int SeasonByDate = 0;
    public const int SeasonSummerTime = 1;
    public const int SeasonWinterTime = 2;

    public const int MaxTariffs = 5;
    public const int MaxSeasons = 256;
    public const int MaxHolidays = 1024;
    public const int MaxHolidayDays = 366;
    public const int MaxStringBytes = 255;

}
