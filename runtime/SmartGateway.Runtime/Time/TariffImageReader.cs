using System.Text;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Time;

/// <summary>
/// Decodes and verifies a tariff calendar image (<see cref="TariffImageFormat"/>). Everything the lookup
/// relies on is checked here — ids, hours, order, coverage — so a calendar that loads can never fail a
/// lookup; a bad image is refused with the reason and byte offset and the previous calendar stays.
/// </summary>
public static class TariffImageReader
{
    public static TariffReadResult Read(byte[] bytes, out TariffCalendar? calendar)
    {
        calendar = null;
        VerifyError envelope = ImageEnvelope.Check(bytes, TariffImageFormat.HeaderSize, TariffImageFormat.Magic0, TariffImageFormat.Magic1,
            TariffImageFormat.Magic2, TariffImageFormat.Magic3, TariffImageFormat.Version, out int envelopeOffset);
        // The envelope reasons carry the same numbers in both error lists (TariffImageError pins them).
        if (envelope != VerifyError.None) return Fail((TariffImageError)(int)envelope, envelopeOffset);
        if (LittleEndian.U16(bytes, TariffImageFormat.ReservedOffset) != 0)
        {
            return Fail(TariffImageError.ReservedNotZero, TariffImageFormat.ReservedOffset);
        }
        int stringCount = LittleEndian.U16(bytes, TariffImageFormat.StringCountOffset);
        int tariffCount = LittleEndian.U16(bytes, TariffImageFormat.TariffCountOffset);
        int seasonCount = LittleEndian.U16(bytes, TariffImageFormat.SeasonCountOffset);
        int holidayCount = LittleEndian.U16(bytes, TariffImageFormat.HolidayCountOffset);
        if (tariffCount > TariffImageFormat.MaxTariffs) return Fail(TariffImageError.LimitExceeded, TariffImageFormat.TariffCountOffset);
        if (seasonCount > TariffImageFormat.MaxSeasons) return Fail(TariffImageError.LimitExceeded, TariffImageFormat.SeasonCountOffset);
        if (holidayCount > TariffImageFormat.MaxHolidays) return Fail(TariffImageError.LimitExceeded, TariffImageFormat.HolidayCountOffset);

        int at = TariffImageFormat.HeaderSize;
        string[] strings = new string[stringCount];
        for (int i = 0; i < stringCount; i++)
        {
            if (at + 2 > bytes.Length) return Fail(TariffImageError.SectionOutOfBounds, at);
            int len = LittleEndian.U16(bytes, at);
            if (len > TariffImageFormat.MaxStringBytes) return Fail(TariffImageError.BadString, at);
            at += 2;
            if (at + len > bytes.Length) return Fail(TariffImageError.SectionOutOfBounds, at);
            if (!ImageReader.IsUtf8(bytes, at, len)) return Fail(TariffImageError.BadString, at);
            strings[i] = len == 0 ? "" : Encoding.UTF8.GetString(bytes, at, len);
            at += len;
        }

        int zoneString = LittleEndian.U16(bytes, TariffImageFormat.TimeZoneOffset);
        if (zoneString >= stringCount) return Fail(TariffImageError.StringIndexOutOfRange, TariffImageFormat.TimeZoneOffset);
        var zone = PosixTimeZone.Parse(strings[zoneString], out _, out _);
        if (zone == null) return Fail(TariffImageError.BadTimeZone, TariffImageFormat.TimeZoneOffset);
        var cal = new TariffCalendar(zone);

        if (at + tariffCount * TariffImageFormat.TariffRecordSize > bytes.Length) return Fail(TariffImageError.SectionOutOfBounds, at);
        for (int i = 0; i < tariffCount; i++)
        {
            int id = bytes[at];
            if (id < 1 || id > TariffImageFormat.MaxTariffs) return Fail(TariffImageError.BadTariff, at);
            if (cal.TariffDefined[id]) return Fail(TariffImageError.DuplicateTariff, at);
            if (bytes[at + 1] != 0) return Fail(TariffImageError.ReservedNotZero, at + 1);
            int name = LittleEndian.U16(bytes, at + 2);
            if (name >= stringCount) return Fail(TariffImageError.StringIndexOutOfRange, at + 2);
            cal.TariffDefined[id] = true;
            cal.TariffNames[id] = strings[name];
            cal.TariffPrices[id] = LittleEndian.I64(bytes, at + 4);
            at += TariffImageFormat.TariffRecordSize;
        }

        TariffReadResult r = SeasonTable.Read(bytes, ref at, seasonCount, strings, cal);
        if (!r.IsValid) return r;

        if (at + holidayCount * TariffImageFormat.HolidayRecordSize > bytes.Length) return Fail(TariffImageError.SectionOutOfBounds, at);
        r = ReadHolidays(bytes, ref at, holidayCount, strings, cal);
        if (!r.IsValid) return r;
        if (at != bytes.Length) return Fail(TariffImageError.TrailingBytes, at);

        calendar = cal;
        return TariffReadResult.Valid;
    }

    private static TariffReadResult ReadHolidays(byte[] bytes, ref int at, int count, string[] strings, TariffCalendar cal)
    {
        cal.HolidayNames = new string[count];
        cal.HolidayYears = new int[count];
        cal.HolidayMonths = new int[count];
        cal.HolidayDays = new int[count];
        cal.HolidayDurations = new int[count];
        long previous = long.MinValue;
        bool seenOnce = false;
        for (int i = 0; i < count; i++)
        {
            int name = LittleEndian.U16(bytes, at);
            int year = LittleEndian.U16(bytes, at + 2);
            int month = bytes[at + 4];
            int day = bytes[at + 5];
            int duration = LittleEndian.U16(bytes, at + 6);
            if (name >= strings.Length) return Fail(TariffImageError.StringIndexOutOfRange, at);
            if (month < 1 || month > 12) return Fail(TariffImageError.BadHoliday, at + 4);
            // Annual holidays are dated in a leap year's calendar but 29 February is refused: it
            // would be a holiday only one year in four.
            int refYear = year == 0 ? 2025 : year;
            if (day < 1 || day > CivilCalendar.DaysInMonth(refYear, month)) return Fail(TariffImageError.BadHoliday, at + 5);
            if (duration < 1 || duration > TariffImageFormat.MaxHolidayDays) return Fail(TariffImageError.BadHoliday, at + 6);
            long key;
            if (year == 0)
            {
                if (seenOnce) return Fail(TariffImageError.HolidaysUnordered, at);
                key = month * 32 + day;
            }
            else
            {
                if (!seenOnce) previous = long.MinValue;
                seenOnce = true;
                key = CivilCalendar.DaysFromCivil(year, month, day);
            }
            if (key < previous) return Fail(TariffImageError.HolidaysUnordered, at);
            previous = key;
            cal.HolidayNames[i] = strings[name];
            cal.HolidayYears[i] = year;
            cal.HolidayMonths[i] = month;
            cal.HolidayDays[i] = day;
            cal.HolidayDurations[i] = duration;
            at += TariffImageFormat.HolidayRecordSize;
        }
        cal.Holidays = new HolidayIndex(cal.HolidayYears, cal.HolidayMonths, cal.HolidayDays, cal.HolidayDurations);
        return TariffReadResult.Valid;
    }

    internal static TariffReadResult Fail(TariffImageError error, int offset) => new TariffReadResult(error, offset);
}
