using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Compiler.Tariffs;
using static SmartGateway.Properties.CommentGen;

namespace SmartGateway.Properties;

/// <summary>
/// Comments survive tariff calendars too (issue 11): random calendars, printed canonically, with random
/// comments placed before any line, at the end of any line, above a blank line at the top and after the
/// end, come back from <c>sgc fmt</c> and from DSL → JSON → DSL with the same comments in the same places,
/// and compile to the same image as without them.
/// </summary>
public class TariffCommentProperties
{
    private static readonly Arbitrary<(string Plain, string Source)> Commented = Arb.From(
        from generated in TariffGen.Calendar()
        let plain = TariffFormatter.ToDsl(Model("gen.sgt", generated))
        from source in Decorate(plain)
        select (plain, source));

    private static TariffCalendarModel Model(string path, string text)
    {
        TariffCompilation c = TariffCompiler.Compile(path, text);
        Assert.True(c.Model != null, string.Join("\n", c.Diagnostics.Items) + "\n" + text);
        return c.Model;
    }

    [Property(MaxTest = 500)]
    public Property FmtKeepsEveryCommentInItsPlace() =>
        Prop.ForAll(Commented, c =>
        {
            string formatted = TariffFormatter.ToDsl(Model("tariffs.sgt", c.Source));
            Assert.Equal(Placed(c.Source), Placed(formatted));
            Assert.Equal(formatted, TariffFormatter.ToDsl(Model("tariffs.sgt", formatted)));
            Assert.Equal(TariffCompiler.Compile("plain.sgt", c.Plain).Image, TariffCompiler.Compile("tariffs.sgt", c.Source).Image);
        });

    [Property(MaxTest = 500)]
    public Property DslToJsonToDslKeepsEveryComment() =>
        Prop.ForAll(Commented, c =>
        {
            TariffCalendarModel fromDsl = Model("tariffs.sgt", c.Source);
            string json = TariffFormatter.ToJson(fromDsl);
            TariffCalendarModel fromJson = Model("tariffs.json", json);
            Assert.Equal(Placed(c.Source), Placed(TariffFormatter.ToDsl(fromJson)));
            Assert.Equal(TariffFormatter.ToDsl(fromDsl), TariffFormatter.ToDsl(fromJson));
            Assert.Equal(json, TariffFormatter.ToJson(fromJson));
        });
}
