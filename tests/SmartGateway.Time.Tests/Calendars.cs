using SmartGateway.Compiler.Tariffs;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Time.Tests;

/// <summary>Loads the calendars of rules/tariffs through the compiler and the runtime image reader.</summary>
public static class Calendars
{
    public static TariffCalendar Load(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "tariffs", file);
        TariffCompilation c = TariffCompiler.CompileFile(path);
        Assert.True(c.Success, string.Join("\n", c.Diagnostics.Items));
        return c.Load()!;
    }

    public static TariffCompilation Compile(string path, string text) => TariffCompiler.Compile(path, text);

    /// <summary>The decision at a wall-clock time such as "2025-04-21T10:00".</summary>
    public static TariffDecision At(TariffCalendar calendar, string local)
    {
        Assert.True(TariffReport.TryParseLocal(local, out long seconds), local);
        return calendar.Lookup(TariffReport.Resolve(calendar, seconds, out _));
    }

    public static string Local(int year, int month, int day, int hour) => $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:00";
}
