using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Time;

namespace SmartGateway.Compiler.Tariffs;

/// <summary>The outcome of compiling one calendar: the model, the image and the diagnostics.</summary>
public sealed record TariffCompilation(TariffCalendarModel? Model, byte[]? Image, DiagnosticBag Diagnostics)
{
    public bool Success => Image != null;

    /// <summary>The runtime calendar loaded from <see cref="Image"/>, exactly as the gateway loads it.</summary>
    public TariffCalendar? Load()
    {
        if (Image == null) return null;
        TariffImageReader.Read(Image, out TariffCalendar? calendar);
        return calendar;
    }
}

/// <summary>
/// The one entry for tariff calendars: text DSL (.sgt) or JSON (.json) → checked model → image (.sgtc).
/// A compiled image given to <c>CompileFile</c> is verified instead.
/// </summary>
public static partial class TariffCompiler
{
    /// <remarks>The gateway's compile budget cancels through <paramref name="cancellationToken"/>, checked between
    /// the phases (<see cref="OperationCanceledException"/>).</remarks>
    public static TariffCompilation Compile(string path, string text, CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        TariffCalendarModel? model = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? TariffJsonFrontEnd.Parse(path, text, bag)
            : new TariffGrammar(path, bag).ParseFile(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (model == null || bag.HasErrors) return new TariffCompilation(model, null, bag);
        TariffChecker.Check(model, bag);
        cancellationToken.ThrowIfCancellationRequested();
        if (bag.HasErrors) return new TariffCompilation(model, null, bag);
        return new TariffCompilation(model, TariffImageWriter.Write(model), bag);
    }

    /// <summary>Like <c>CompileFile</c> for bytes already read.</summary>
    public static TariffCompilation CompileBytes(string path, byte[] bytes)
    {
        if (!IsImage(bytes)) return Compile(path, new System.Text.UTF8Encoding(false).GetString(bytes));
        var bag = new DiagnosticBag();
        TariffReadResult r = TariffImageReader.Read(bytes, out _);
        if (r.IsValid) return new TariffCompilation(null, bytes, bag);
        bag.Add(DiagnosticCodes.InvalidImage, SourceSpan.None(path), r.ToString());
        return new TariffCompilation(null, null, bag);
    }

    public static bool IsImage(byte[] bytes) =>
        ImageEnvelope.HasMagic(bytes, TariffImageFormat.Magic0, TariffImageFormat.Magic1, TariffImageFormat.Magic2, TariffImageFormat.Magic3);
}
