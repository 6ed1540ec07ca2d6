using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>The runtime refuses damaged or inconsistent calendar images with a reason and byte offset.</summary>
public class TariffImageReaderTests
{
    private const string Source = """
        timezone "CET-1CEST,M3.5.0,M10.5.0/3"
        tariff 1 "Day"
        tariff 2 "Night"
        season "Lower" starts 03-01 on workday, weekend { 0 => 2  6 => 1 }
        season "Higher" starts 11-01 on workday, weekend { 0 => 2 }
        holiday "New Year" 01-01 for 2 days
        holiday "Easter" 2025-04-20 for 2 days
        """;

    private static byte[] Image() => TariffCompiler.Compile("cal.sgt", Source).Image!;

    /// <summary>Offset of the first tariff record: the header, then the string table.</summary>
    private static int TariffsAt(byte[] image)
    {
        int at = TariffImageFormat.HeaderSize;
        for (int i = 0; i < LittleEndian.U16(image, TariffImageFormat.StringCountOffset); i++) at += 2 + LittleEndian.U16(image, at);
        return at;
    }

    private static int SeasonsAt(byte[] image) => TariffsAt(image) + 2 * TariffImageFormat.TariffRecordSize;

    private static int HolidaysAt(byte[] image) => image.Length - 2 * TariffImageFormat.HolidayRecordSize;

    private static TariffReadResult ReadPatched(byte[] image, int at, byte value)
    {
        image[at] = value;
        LittleEndian.PutU32(image, ImageEnvelope.CrcOffset, ImageEnvelope.ComputeCrc(image, image.Length));
        return TariffImageReader.Read(image, out _);
    }

    [Fact]
    public void CompiledImageLoads()
    {
        Assert.True(TariffImageReader.Read(Image(), out TariffCalendar? calendar).IsValid);
        Assert.Equal(2, calendar!.SeasonCount);
        Assert.Equal("New Year", calendar.HolidayName(0));
    }

    [Fact]
    public void FlippedBitFailsTheChecksum()
    {
        byte[] image = Image();
        image[^1] ^= 0x01;
        TariffReadResult r = TariffImageReader.Read(image, out TariffCalendar? calendar);
        Assert.Equal((TariffImageError.BadChecksum, ImageEnvelope.CrcOffset), (r.Error, r.Offset));
        Assert.Null(calendar);
    }

    [Fact]
    public void RuleImageIsNotACalendar()
    {
        byte[] image = Image();
        image[3] = (byte)'C' - 1;
        Assert.Equal(TariffImageError.BadMagic, TariffImageReader.Read(image, out _).Error);
    }

    [Fact]
    public void TruncatedImageFailsTheLengthCheck() =>
        Assert.Equal(TariffImageError.LengthMismatch, TariffImageReader.Read(Image()[..^1], out _).Error);

    [Fact]
    public void TariffIdSixIsRefusedAtItsRecord()
    {
        byte[] image = Image();
        TariffReadResult r = ReadPatched(image, TariffsAt(image), 6);
        Assert.Equal((TariffImageError.BadTariff, TariffsAt(image)), (r.Error, r.Offset));
    }

    [Fact]
    public void ScheduleHourTwentyFourIsRefused()
    {
        byte[] image = Image();
        int secondEntry = SeasonsAt(image) + TariffImageFormat.SeasonHeaderSize + 2;
        TariffReadResult r = ReadPatched(image, secondEntry, 24);
        Assert.Equal((TariffImageError.BadSchedule, secondEntry), (r.Error, r.Offset));
    }

    [Fact]
    public void ScheduleNotStartingAtZeroIsRefused()
    {
        byte[] image = Image();
        int firstEntry = SeasonsAt(image) + TariffImageFormat.SeasonHeaderSize;
        Assert.Equal(TariffImageError.BadSchedule, ReadPatched(image, firstEntry, 1).Error);
    }

    [Fact]
    public void SeasonsOutOfDateOrderAreRefused()
    {
        byte[] image = Image();
        // Move the first season's start from 03-01 to 12-01, after the second's 11-01.
        Assert.Equal(TariffImageError.SeasonsUnordered, ReadPatched(image, SeasonsAt(image) + 3, 12).Error);
    }

    [Fact]
    public void SeasonLeavingSundayUncoveredIsRefused()
    {
        byte[] image = Image();
        int days = SeasonsAt(image) + 6;
        Assert.Equal(TariffImageError.DaysNotCovered, ReadPatched(image, days, (byte)DayTypes.Workday).Error);
    }

    [Fact]
    public void HolidayOfZeroDaysIsRefused()
    {
        byte[] image = Image();
        int duration = HolidaysAt(image) + 6;
        TariffReadResult r = ReadPatched(image, duration, 0);
        Assert.Equal((TariffImageError.BadHoliday, duration), (r.Error, r.Offset));
    }

    [Fact]
    public void OneTimeHolidayBeforeAnnualOneIsRefused()
    {
        byte[] image = Image();
        int holidays = HolidaysAt(image);
        byte[] first = image[holidays..(holidays + 8)];
        byte[] second = image[(holidays + 8)..(holidays + 16)];
        second.CopyTo(image, holidays);
        first.CopyTo(image, holidays + 8);
        Assert.Equal(TariffImageError.HolidaysUnordered, ReadPatched(image, 0, image[0]).Error);
    }
}
