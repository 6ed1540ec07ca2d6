using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Runtime.Time;

/// <summary>
/// Reads the season section of a tariff image and builds the lookup tables: each season's schedule
/// expanded to 24 hourly tariffs, and per period (seasons sharing a start) which season serves a
/// holiday and each weekday. A more specific selector beats a general one (holiday, then the named
/// weekday, then workday/weekend); two seasons of one period with the same selector overlap.
/// </summary>
internal static class SeasonTable
{
    public static TariffReadResult Read(byte[] bytes, ref int at, int count, string[] strings, TariffCalendar cal)
    {
        cal.SeasonNames = new string[count];
        cal.SeasonKinds = new int[count];
        cal.SeasonMonths = new int[count];
        cal.SeasonDays = new int[count];
        cal.SeasonSelectors = new int[count];
        cal.HourTariff = new byte[count * 24];
        int[] seasonAt = new int[count];
        int periods = 0;
        int previousKey = -1;
        for (int s = 0; s < count; s++)
        {
            seasonAt[s] = at;
            if (at + TariffImageFormat.SeasonHeaderSize > bytes.Length) return TariffImageReader.Fail(TariffImageError.SectionOutOfBounds, at);
            int name = LittleEndian.U16(bytes, at);
            int kind = bytes[at + 2];
            int month = bytes[at + 3];
            int day = bytes[at + 4];
            int mask = LittleEndian.U16(bytes, at + 6);
            int n = bytes[at + 8];
            if (name >= strings.Length) return TariffImageReader.Fail(TariffImageError.StringIndexOutOfRange, at);
            if (bytes[at + 5] != 0) return TariffImageReader.Fail(TariffImageError.ReservedNotZero, at + 5);
            if (kind > TariffImageFormat.SeasonWinterTime) return TariffImageReader.Fail(TariffImageError.BadSeason, at + 2);
            if (s > 0 && (kind == TariffImageFormat.SeasonByDate) != (cal.SeasonKinds[0] == TariffImageFormat.SeasonByDate))
            {
                return TariffImageReader.Fail(TariffImageError.MixedSeasonKinds, at + 2);
            }
            if (kind == TariffImageFormat.SeasonByDate)
            {
                // Starts repeat yearly, so 29 February (absent three years in four) is refused.
                if (month < 1 || month > 12 || day < 1 || day > CivilCalendar.DaysInMonth(2025, month))
                {
                    return TariffImageReader.Fail(TariffImageError.BadSeason, at + 3);
                }
                int key = month * 32 + day;
                if (key < previousKey) return TariffImageReader.Fail(TariffImageError.SeasonsUnordered, at + 3);
                if (key != previousKey) periods++;
                previousKey = key;
            }
            else if (month != 0 || day != 0)
            {
                return TariffImageReader.Fail(TariffImageError.BadSeason, at + 3);
            }
            if (mask == 0 || (mask & ~DayTypes.All) != 0) return TariffImageReader.Fail(TariffImageError.BadSeason, at + 6);
            at += TariffImageFormat.SeasonHeaderSize;
            if (n == 0 || at + 2 * n > bytes.Length) return TariffImageReader.Fail(TariffImageError.BadSchedule, at - 1);
            int lastHour = -1;
            for (int e = 0; e < n; e++)
            {
                int hour = bytes[at];
                int tariff = bytes[at + 1];
                if (hour > 23 || hour <= lastHour || (e == 0 && hour != 0)) return TariffImageReader.Fail(TariffImageError.BadSchedule, at);
                if (!cal.HasTariff(tariff)) return TariffImageReader.Fail(TariffImageError.UnknownTariff, at + 1);
                for (int h = hour; h < 24; h++) cal.HourTariff[s * 24 + h] = (byte)tariff;
                lastHour = hour;
                at += 2;
            }
            cal.SeasonNames[s] = strings[name];
            cal.SeasonKinds[s] = kind;
            cal.SeasonMonths[s] = month;
            cal.SeasonDays[s] = day;
            cal.SeasonSelectors[s] = mask;
        }
        if (count == 0) return TariffImageReader.Fail(TariffImageError.DaysNotCovered, TariffImageFormat.SeasonCountOffset);
        cal.DstBound = cal.SeasonKinds[0] != TariffImageFormat.SeasonByDate;
        return BuildPeriods(cal, cal.DstBound ? 2 : periods, seasonAt);
    }

    private static TariffReadResult BuildPeriods(TariffCalendar cal, int periods, int[] seasonAt)
    {
        int classes = TariffCalendar.ClassesPerPeriod;
        cal.PeriodKeys = new int[cal.DstBound ? 0 : periods];
        cal.PeriodSeason = new int[periods * classes];
        cal.PeriodSelector = new int[periods * classes];
        bool[] general = new bool[periods * classes];
        int[] firstSeason = new int[periods];
        for (int i = 0; i < cal.PeriodSeason.Length; i++) cal.PeriodSeason[i] = -1;

        int period = -1;
        int previousKey = -1;
        for (int s = 0; s < cal.SeasonNames.Length; s++)
        {
            if (cal.DstBound)
            {
                period = cal.SeasonKinds[s] == TariffImageFormat.SeasonSummerTime ? 1 : 0;
            }
            else
            {
                int key = cal.SeasonMonths[s] * 32 + cal.SeasonDays[s];
                if (key != previousKey)
                {
                    period++;
                    cal.PeriodKeys[period] = key;
                    firstSeason[period] = s;
                    previousKey = key;
                }
            }
            int mask = cal.SeasonSelectors[s];
            for (int bit = 1; bit <= DayTypes.Sunday; bit <<= 1)
            {
                if ((mask & bit) == 0) continue;
                for (int cls = 0; cls < classes; cls++)
                {
                    if (!Covers(bit, cls)) continue;
                    int slot = period * classes + cls;
                    bool isGeneral = bit == DayTypes.Workday || bit == DayTypes.Weekend;
                    if (cal.PeriodSeason[slot] >= 0)
                    {
                        bool sameSpecificity = general[slot] == isGeneral;
                        if (sameSpecificity && cal.PeriodSeason[slot] != s) return TariffImageReader.Fail(TariffImageError.SeasonsOverlap, seasonAt[s] + 6);
                        if (isGeneral) continue;
                    }
                    cal.PeriodSeason[slot] = s;
                    cal.PeriodSelector[slot] = bit;
                    general[slot] = isGeneral;
                }
            }
        }
        for (int p = 0; p < periods; p++)
        {
            for (int cls = 1; cls < classes; cls++)
            {
                if (cal.PeriodSeason[p * classes + cls] < 0)
                {
                    int where = cal.DstBound ? TariffImageFormat.SeasonCountOffset : seasonAt[firstSeason[p]];
                    return TariffImageReader.Fail(TariffImageError.DaysNotCovered, where);
                }
            }
        }
        return TariffReadResult.Valid;
    }

    /// <summary>Whether a selector bit applies to a day class (0 holiday, 1–7 ISO weekday).</summary>
    internal static bool Covers(int bit, int cls)
    {
        if (cls == 0) return bit == DayTypes.Holiday;
        if (bit == DayTypes.Workday) return cls <= 5;
        if (bit == DayTypes.Weekend) return cls >= 6;
        return bit == DayTypes.OfWeekday(cls);
    }
}
