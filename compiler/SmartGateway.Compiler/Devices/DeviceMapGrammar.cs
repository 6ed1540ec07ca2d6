using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Text;
using SmartGateway.Runtime.Devices;
using Sprache;
using static SmartGateway.Compiler.Syntax.Text.Lexical;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// The device map text DSL (.sgd, grammar in rules/devices/README.md), in Sprache over the rule DSL's
/// token parsers. Every statement starts with its keyword, so a failure is reported where it happened.
/// Statements parse to steps that fill a <see cref="DeviceMapModel"/> once the whole file has parsed,
/// so numbers are checked (and reported) exactly once; <see cref="DeviceMapChecker"/> does the rest.
/// <code>
/// model "WM3M4C"
/// readable input 100 count 91
/// measurement U.L1 = input 107 t5 V
/// counter 1 = input 406 int32 Wh exponent 401 tariff 1 import
/// </code>
/// </summary>
internal static class DeviceMapGrammar
{
    /// <summary>Parses and checks DSL text; null (with diagnostics) on any error.</summary>
    public static DeviceMap? Compile(string path, string text, DiagnosticBag bag)
    {
        int before = bag.ErrorCount;
        DeviceMapModel? model = Parse(path, text, bag);
        return model == null ? null : DeviceMapChecker.Check(model, bag, before);
    }

    /// <summary>The model as written, or null after a syntax error.</summary>
    public static DeviceMapModel? Parse(string path, string text, DiagnosticBag bag)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        CurrentPath = path;
        IResult<IEnumerable<Action<DeviceMapBuilder>>> result;
        try
        {
            result = File(new SourceInput(text));
        }
        finally
        {
            CurrentPath = null;
        }
        if (!result.WasSuccessful)
        {
            bag.Add(DiagnosticCodes.DeviceSyntax, new SourceSpan(path, result.Remainder.Line, result.Remainder.Column), Describe(result));
            return null;
        }
        var builder = new DeviceMapBuilder(path, bag);
        foreach (Action<DeviceMapBuilder> step in result.Value) step(builder);
        return builder.Finish();
    }

    private static string Describe<T>(IResult<T> result)
    {
        IInput at = result.Remainder;
        int end = at.Position;
        while (end < at.Source.Length && end - at.Position < 20 && !char.IsWhiteSpace(at.Source[end])) end++;
        string found = at.AtEnd ? "end of file" : $"'{at.Source[at.Position..end]}'";
        string expected = string.Join(", ", result.Expectations.Distinct());
        return expected.Length == 0 ? $"unexpected {found}" : $"unexpected {found}; expected {expected}";
    }

    private static Parser<Spanned<T>> Spanned<T>(Parser<T> p) => from at in At from v in p select new Spanned<T>(v, at);

    private static readonly Parser<Spanned<string>> Number = Spanned(NumberText);
    private static readonly Parser<Spanned<string>> Text = Spanned(StringLiteral);

    private static readonly Parser<byte> Table =
        Keyword("input").Return(RegisterTable.Input).XOr(Keyword("holding").Return(RegisterTable.Holding)).Named("'input' or 'holding'");

    private static readonly Parser<string?> Note = (from k in Keyword("note") from t in StringLiteral select t).Optional().Select(o => o.GetOrDefault());

    private static Parser<Spanned<string>?> After(string keyword) =>
        (from k in Keyword(keyword) from n in Number select n).Optional().Select(o => o.IsDefined ? o.Get() : (Spanned<string>?)null);

    private static readonly Parser<Action<DeviceMapBuilder>> ModelStatement =
        from at in At from k in Keyword("model") from name in Text
        select (Action<DeviceMapBuilder>)(b => b.SetModel(name, at));

    private static readonly Parser<Action<DeviceMapBuilder>> Matches =
        from at in At from k in Keyword("matches") from first in Text
        from rest in (from c in Symbol(",") from t in Text select t).Many()
        select (Action<DeviceMapBuilder>)(b => b.SetMatches([first, .. rest], at));

    private static readonly Parser<Action<DeviceMapBuilder>> Notes =
        from k in Keyword("notes") from t in StringLiteral
        select (Action<DeviceMapBuilder>)(b => b.Model.Notes.Add(t));

    private static readonly Parser<Action<DeviceMapBuilder>> Identification =
        from at in At from k in Keyword("identification")
        from modelRegister in After("model_register") from modelWords in After("model_words")
        from serialRegister in After("serial_register") from serialWords in After("serial_words")
        select (Action<DeviceMapBuilder>)(b => b.SetIdentification(modelRegister, modelWords, serialRegister, serialWords, at));

    private static readonly Parser<Action<DeviceMapBuilder>> Readable =
        from at in At from k in Keyword("readable") from table in Table from start in Number
        from c in Keyword("count") from count in Number from note in Note
        select (Action<DeviceMapBuilder>)(b => b.AddRange(at, table, start, count, note));

    /// <summary>TABLE REGISTER TYPE UNIT [low_first|high_first] [scale N] [exponent R]</summary>
    private static readonly Parser<PointSyntax> Point =
        from table in Table
        from register in Number
        from type in Spanned(Word)
        from unit in Spanned(UnitText.XOr(WholeNumber))
        from order in Keyword("low_first").XOr(Keyword("high_first")).Optional()
        from scale in After("scale")
        from exponent in After("exponent")
        select new PointSyntax(table, register, type, unit, order.GetOrDefault(), scale, exponent);

    private static readonly Parser<Action<DeviceMapBuilder>> MeasurementStatement =
        from at in At from k in Keyword("measurement") from path in Spanned(DottedName) from eq in Symbol("=")
        from point in Point from note in Note
        select (Action<DeviceMapBuilder>)(b => b.AddMeasurement(at, path, point, note));

    private static readonly Parser<Action<DeviceMapBuilder>> CounterStatement =
        from at in At from k in Keyword("counter") from number in Number from eq in Symbol("=")
        from point in Point
        from tariff in After("tariff")
        from direction in Keyword("import").XOr(Keyword("export")).XOr(Keyword("bidirectional")).XOr(Keyword("absolute")).Optional()
        from resettable in Keyword("resettable").Optional()
        from note in Note
        select (Action<DeviceMapBuilder>)(b => b.AddCounter(at, number, point, tariff, direction.GetOrDefault(), resettable.IsDefined, note));

    private static readonly Parser<Action<DeviceMapBuilder>> Bicom =
        from at in At from k in Keyword("bicom")
        from s in Keyword("state") from state in Number
        from c in Keyword("control") from control in Number
        from onValue in After("on") from offValue in After("off") from toggle in After("toggle") from note in Note
        select (Action<DeviceMapBuilder>)(b => b.SetBicom(at, state, control, onValue, offValue, toggle, note));

    private static readonly Parser<Action<DeviceMapBuilder>> Writable =
        from at in At from k in Keyword("writable") from name in StringLiteral from eq in Symbol("=")
        from register in Number from type in Spanned(Word)
        from min in Number from dots in Symbol("..") from max in Number from note in Note
        select (Action<DeviceMapBuilder>)(b => b.AddWritable(at, name, register, type, min, max, note));

    private static readonly Parser<SettingSyntax> SettingValue =
        from name in Spanned(WholeNumber.XOr(Word))
        from eq in Symbol("=")
        from code in Number
        select new SettingSyntax(name, code);

    private static Parser<(Spanned<string> Register, IEnumerable<SettingSyntax> Values)?> Setting(string keyword) =>
        (from k in Keyword(keyword) from register in Number from open in Symbol("{")
         from first in SettingValue from rest in (from c in Symbol(",") from v in SettingValue select v).Many()
         from close in Symbol("}")
         select (register, (IEnumerable<SettingSyntax>)[first, .. rest])).Optional()
        .Select(o => o.IsDefined ? o.Get() : ((Spanned<string>, IEnumerable<SettingSyntax>)?)null);

    private static readonly Parser<Action<DeviceMapBuilder>> Communication =
        from at in At from k in Keyword("communication") from address in After("address")
        from baud in Setting("baud") from parity in Setting("parity") from stopBits in Setting("stop_bits") from note in Note
        select (Action<DeviceMapBuilder>)(b => b.SetCommunication(at, address, baud, parity, stopBits, note));

    private const string Statements = "a statement (model, matches, notes, identification, readable, measurement, counter, bicom, writable, communication)";

    private static readonly Parser<Action<DeviceMapBuilder>> Statement =
        ModelStatement.XOr(Matches).XOr(Notes).XOr(Identification).XOr(Readable).XOr(MeasurementStatement)
            .XOr(CounterStatement).XOr(Bicom).XOr(Writable).XOr(Communication)
            .Named(Statements);

    private static readonly Parser<IEnumerable<Action<DeviceMapBuilder>>> File =
        from _ in Ws
        from statements in Statement.XMany()
        from end in Sprache.Parse.AnyChar.Not().Named(Statements + " or the end of the file")
        select statements;
}

/// <summary>A point as written: TABLE REGISTER TYPE UNIT and its options.</summary>
internal sealed record PointSyntax(byte Table, Spanned<string> Register, Spanned<string> Type, Spanned<string> Unit, string? Order, Spanned<string>? Scale, Spanned<string>? Exponent);

/// <summary>One "value = code" of a communication setting.</summary>
internal sealed record SettingSyntax(Spanned<string> Name, Spanned<string> Code);
