using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Time;
using SmartGateway.Runtime.Values;
using Sprache;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>
/// The tariff calendar text DSL (grammar in rules/tariffs/README.md), in Sprache. Each statement starts
/// with a keyword that decides what follows, so a failure is reported where it happened, not as
/// "expected end of input". Range checks are left to <see cref="TariffChecker"/>.
/// </summary>
internal sealed class TariffGrammar
{
    private readonly string _path;
    private readonly DiagnosticBag _bag;

    public TariffGrammar(string path, DiagnosticBag bag)
    {
        _path = path;
        _bag = bag;
    }

    public TariffCalendarModel? ParseFile(string text)
    {
        IResult<List<object>> r = File(new Syntax.Text.SourceInput(text));
        if (!r.WasSuccessful)
        {
            string expected = r.Expectations.Any() ? "; expected " + string.Join(" or ", r.Expectations.Distinct()) : "";
            _bag.Add(DiagnosticCodes.TariffSyntax, new SourceSpan(_path, r.Remainder.Line, r.Remainder.Column), r.Message + expected);
            return null;
        }
        string? zone = null;
        var zoneSpan = SourceSpan.None(_path);
        foreach ((string? tz, SourceSpan span) in r.Value.OfType<(string, SourceSpan)>())
        {
            if (zone != null) _bag.Add(DiagnosticCodes.TariffSyntax, span, "the time zone is already set");
            zone = tz;
            zoneSpan = span;
        }
        return new TariffCalendarModel(zone, zoneSpan, r.Value.OfType<TariffDef>().ToList(), r.Value.OfType<SeasonDef>().ToList(), r.Value.OfType<HolidayDef>().ToList());
    }

    private static readonly Parser<string> Comment =
        from hash in Parse.Char('#')
        from rest in Parse.CharExcept("\r\n").Many().Text()
        select rest;

    private static readonly Parser<IEnumerable<object>> Skip =
        Parse.WhiteSpace.Return((object)' ').Or(Comment).Many();

    private Parser<SourceSpan> Here => i => Result.Success(new SourceSpan(_path, i.Line, i.Column), i);

    private static Parser<T> Fail<T>(string message) => i => Result.Failure<T>(i, message, []);

    private static Parser<T> FailAt<T>(IInput at, string message) => i => Result.Failure<T>(at, message, []);

    private static readonly Parser<IInput> Input = i => Result.Success(i, i);

    private Parser<T> Tok<T>(Parser<T> p) => from _ in Skip from v in p select v;

    private Parser<(T Value, SourceSpan Span)> Located<T>(Parser<T> p) =>
        from _ in Skip from at in Here from v in p select (v, at);

    private static readonly Parser<string> Word = Parse.Letter.AtLeastOnce().Text().Named("a keyword");

    /// <summary>A keyword; a different word fails at its start, naming what was expected.</summary>
    private Parser<string> Keyword(string k) =>
        Tok(i =>
        {
            IResult<string> r = Word(i);
            if (r.WasSuccessful && r.Value == k) return r;
            return Result.Failure<string>(i, r.WasSuccessful ? $"expected \"{k}\", found \"{r.Value}\"" : $"expected \"{k}\"", []);
        });

    private Parser<string> Quoted =>
        Tok(from open in Parse.Char('"')
            from text in Parse.Char('\\').Then(_ => Parse.AnyChar.Select(c => c switch { 'n' => '\n', 'r' => '\r', _ => c }))
                .Or(Parse.CharExcept("\\\"\r\n")).Many().Text()
            from close in Parse.Char('"').Named("a closing \" on the same line")
            select text).Named("a quoted name");

    private Parser<long> Integer =>
        Tok(from sign in Parse.Char('-').Optional()
            from digits in Parse.Digit.AtLeastOnce().Text()
            select long.TryParse(digits, out long v) ? (sign.IsDefined ? -v : v) : long.MaxValue).Named("a whole number");

    private Parser<string> DateText =>
        Parse.Char(c => char.IsDigit(c) || c == '-', "a date").AtLeastOnce().Text().Named("a date such as 01-01 or 2025-04-21");

    private Parser<List<object>> File =>
        from _ in Skip
        from items in Statement.XMany()
        from end in Tok(Parse.End(Parse.Return(0)).Or(Fail<int>("expected tariff, season, holiday or timezone")))
        select items.ToList();

    private Parser<object> Statement =>
        from start in Input
        from at in Here
        from kw in Word
        from item in kw switch
        {
            "timezone" => Quoted.Select(z => (object)(z, at)),
            "tariff" => TariffBody(),
            "season" => SeasonBody(at),
            "holiday" => HolidayBody(at),
            _ => FailAt<object>(start, $"\"{kw}\" is not a statement: expected tariff, season, holiday or timezone"),
        }
        from trailing in Skip
        select item;

    private Parser<object> TariffBody() =>
        from id in Located(Integer)
        from name in Quoted
        from price in (from kw in Keyword("price")
                       from p in Located(Tok(Parse.Char(c => char.IsDigit(c) || c == '.' || c == '-', "a price").AtLeastOnce().Text()))
                       select p).Optional()
        select (object)new TariffDef(id.Value, name, Price(price), id.Span);

    private long Price(IOption<(string Value, SourceSpan Span)> price)
    {
        if (!price.IsDefined) return 0;
        if (Fixed.TryParse(price.Get().Value, out long v)) return v;
        _bag.Add(DiagnosticCodes.TariffBadPrice, price.Get().Span, price.Get().Value);
        return 0;
    }

    private Parser<object> SeasonBody(SourceSpan at) =>
        from name in Quoted
        from starts in Keyword("starts")
        from start in SeasonStartP
        from onKw in Keyword("on")
        from first in Located(Word)
        from rest in (from comma in Tok(Parse.Char(',')) from d in Located(Word) select d).Many()
        from open in Tok(Parse.Char('{'))
        from entries in Entry.Many()
        from close in Tok(Parse.Char('}').Named("\"}\" or an entry such as 7 => 1"))
        select (object)new SeasonDef(name, start, new[] { first }.Concat(rest).Select(d => new DaySelector(d.Value, d.Span)).ToList(), entries.ToList(), at);

    private Parser<SeasonStart> SeasonStartP =>
        (from _ in Skip
         from start in Input
         from w in Located(Word)
         from s in w.Value is "summer" or "winter"
             ? Keyword("time").Return(new SeasonStart(w.Value == "summer" ? TariffImageFormat.SeasonSummerTime : TariffImageFormat.SeasonWinterTime, 0, 0, w.Value + " time", w.Span))
             : FailAt<SeasonStart>(start, "expected a start date (MM-DD), summer time or winter time")
         select s)
            .Or(Located(DateText).Select(d => StartDate(d.Value, d.Span)));

    private SeasonStart StartDate(string text, SourceSpan span)
    {
        if (TariffDates.SeasonKind(text, out int month, out int day) != TariffImageFormat.SeasonByDate)
        {
            _bag.Add(DiagnosticCodes.TariffBadSeasonStart, span, text);
        }
        return new SeasonStart(TariffImageFormat.SeasonByDate, month, day, text, span);
    }

    private Parser<ScheduleEntry> Entry =>
        from hour in Located(Integer)
        from arrow in Tok(Parse.String("=>").Text().Named("=>"))
        from tariff in Located(Integer)
        select new ScheduleEntry(hour.Value, tariff.Value, hour.Span, tariff.Span);

    private Parser<object> HolidayBody(SourceSpan at) =>
        from name in Quoted
        from date in Located(DateText)
        from duration in (from kw in Keyword("for")
                          from n in Located(Integer)
                          from days in Tok(Word.Where(w => w is "day" or "days").Named("days"))
                          select n).Optional()
        select (object)Holiday(name, date.Value, date.Span, duration, at);

    private HolidayDef Holiday(string name, string date, SourceSpan dateSpan, IOption<(long Value, SourceSpan Span)> duration, SourceSpan at)
    {
        if (!TariffDates.TryParse(date, out int year, out int month, out int day)) _bag.Add(DiagnosticCodes.TariffBadDate, dateSpan, date);
        return duration.IsDefined
            ? new HolidayDef(name, year, month, day, date, duration.Get().Value, at, dateSpan, duration.Get().Span)
            : new HolidayDef(name, year, month, day, date, 1, at, dateSpan, dateSpan);
    }
}
