using System.Globalization;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Compiler.Syntax.Nodes;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Binding;

/// <summary>
/// Gives a syntax tree its meaning: resolves input paths and units, converts numbers to micro-units,
/// checks types and ranges, and reports what would surprise an electrician (warnings).
/// </summary>
public sealed class Binder
{
    /// <summary>Unknown names past this many get the generic hint: a file of thousands of wrong names stays fast.</summary>
    private const int MaxSuggestions = 100;

    private readonly DiagnosticBag _diagnostics;
    private readonly bool _unitsRequired;
    private readonly bool _reload;
    private readonly DeviceLineUp? _devices;
    private int _suggestions;

    private Binder(DiagnosticBag diagnostics, CompileOptions options, bool isJson)
    {
        _diagnostics = diagnostics;
        // JSON numbers are in base units by definition (docs/FORMATS.md); the DSL says its units.
        _unitsRequired = !isJson && !options.Reload;
        _reload = options.Reload;
        _devices = options.Devices;
    }

    /// <param name="isJson">True for the automation JSON, whose numbers are in base units; the text DSL must give the
    /// unit of a value compared with a measured input.</param>
    public static BoundRuleSet Bind(RuleSetSyntax syntax, DiagnosticBag diagnostics, CompileOptions options, bool isJson)
    {
        var binder = new Binder(diagnostics, options, isJson);
        var automations = new List<BoundAutomation>();
        var names = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (AutomationSyntax a in syntax.Automations)
        {
            if (names.TryGetValue(a.Name, out SourceSpan first))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateAutomation, a.Span, a.Name, first);
            }
            else
            {
                names[a.Name] = a.Span;
            }
            BoundAutomation? bound = binder.BindAutomation(a);
            if (bound != null) automations.Add(bound);
        }
        var result = new BoundRuleSet(automations);
        if (!diagnostics.HasErrors) RuleSetWarnings.Report(result, diagnostics);
        return result;
    }

    private BoundAutomation? BindAutomation(AutomationSyntax a)
    {
        int errors = ErrorCount;
        if (a.Name.Length == 0) _diagnostics.Add(DiagnosticCodes.EmptyName, a.Span);
        CheckText(a.Name, a.Span);
        long minOn = a.MinOn == null ? 0 : Duration(a.MinOn);
        long minOff = a.MinOff == null ? 0 : Duration(a.MinOff);
        BoundCondition? condition = BindCondition(a.Condition);
        List<BoundAction> onTrue = BindActions(a.OnTrue);
        List<BoundAction> onFalse = BindActions(a.OnFalse);
        if (condition == null || ErrorCount != errors) return null;
        return new BoundAutomation(a.Span, a.Name, a.Enabled, a.Mode == AutomationMode.Continuous, minOn, minOff, condition, onTrue, onFalse);
    }

    private int ErrorCount => _diagnostics.ErrorCount;

    private BoundCondition? BindCondition(ConditionSyntax c)
    {
        switch (c)
        {
            case AndSyntax and:
            {
                var items = and.Items.Select(BindCondition).ToList();
                return items.Contains(null) ? null : new BoundAnd(and.Span, items!);
            }
            case OrSyntax or:
            {
                var items = or.Items.Select(BindCondition).ToList();
                return items.Contains(null) ? null : new BoundOr(or.Span, items!);
            }
            case NotSyntax not:
            {
                BoundCondition? operand = BindCondition(not.Operand);
                return operand == null ? null : new BoundNot(not.Span, operand);
            }
            default:
                return BindCompare((CompareSyntax)c);
        }
    }

    private BoundCompare? BindCompare(CompareSyntax c)
    {
        var terms = new List<BoundTerm>();
        InputInfo? first = null;
        bool ok = true;
        foreach (TermSyntax t in c.Terms)
        {
            InputInfo? input = InputCatalog.Resolve(t.Input);
            if (input == null)
            {
                _diagnostics.Add(DiagnosticCodes.UnknownInput, t.Span, t.Input, Suggest(NameSuggestions.InputHint, t.Input) ?? InputHint);
                ok = false;
                continue;
            }
            if (first != null && input.Dimension != first.Dimension)
            {
                _diagnostics.Add(DiagnosticCodes.MixedQuantities, t.Span, first.Path, Units.Describe(first.Dimension), input.Path, Units.Describe(input.Dimension));
                ok = false;
            }
            first ??= input;
            terms.Add(new BoundTerm(t.Negative, input));
        }
        CompareOp op = c.Op switch
        {
            ">" => CompareOp.Greater,
            ">=" => CompareOp.GreaterOrEqual,
            "<" => CompareOp.Less,
            "<=" => CompareOp.LessOrEqual,
            "==" => CompareOp.Equal,
            _ => CompareOp.NotEqual,
        };
        if (first == null) return null;
        long? value = Measure(c.Value, first);
        long? hysteresis = c.Hysteresis == null ? 0 : Measure(c.Hysteresis, first);
        if (hysteresis < 0)
        {
            _diagnostics.Add(DiagnosticCodes.NegativeHysteresis, c.Hysteresis!.Span);
            ok = false;
        }
        long forSeconds = c.For == null ? 0 : Duration(c.For);
        if (!ok || value == null || hysteresis == null || forSeconds < 0) return null;
        var bound = new BoundCompare(c.Span, terms, op, value.Value, hysteresis.Value, forSeconds);
        if (c.Hysteresis != null) BandWarnings.Check(bound, c.Hysteresis.Span, _diagnostics);
        return bound;
    }

    /// <summary>A did-you-mean for a wrong name, while the budget of <see cref="MaxSuggestions"/> lasts.</summary>
    private string? Suggest(Func<string, string?> nearest, string written) =>
        _suggestions++ < MaxSuggestions ? nearest(written) : null;

    private List<BoundAction> BindActions(IReadOnlyList<ActionSyntax> actions)
    {
        var bound = new List<BoundAction>();
        foreach (ActionSyntax a in actions)
        {
            BoundAction? b = a switch
            {
                BicomActionSyntax bicom => BindBicom(bicom),
                ModbusActionSyntax modbus => BindModbus(modbus),
                _ => BindMqtt((MqttActionSyntax)a),
            };
            if (b != null) bound.Add(b);
        }
        return bound;
    }

    private BoundBicom? BindBicom(BicomActionSyntax b)
    {
        if (!InputCatalog.IsInterface(b.Target))
        {
            string? nearest = Suggest(NameSuggestions.NearestInterface, b.Target);
            _diagnostics.Add(DiagnosticCodes.BadInterface, b.TargetSpan, b.Target, nearest == null ? "" : $": did you mean {nearest}?");
            return null;
        }
        if (b.Target == "ir.left" && !_reload)
        {
            _diagnostics.Add(DiagnosticCodes.BicomOnLeftIr, b.TargetSpan, b.Target);
            return null;
        }
        if (_devices != null && _devices.At(b.Target) is not { IsBicom: true })
        {
            LineUpDevice? there = _devices.At(b.Target);
            _diagnostics.Add(DiagnosticCodes.NoBicomAt, b.TargetSpan, b.Target, there == null ? "no device is configured there" : $"it is a {there.Model} meter");
            return null;
        }
        BicomFunction f = b.Function switch { "on" => BicomFunction.On, "off" => BicomFunction.Off, _ => BicomFunction.Toggle };
        return new BoundBicom(b.Span, b.Target, f);
    }

    private BoundModbus? BindModbus(ModbusActionSyntax m)
    {
        int? address = Integer(m.Address, 1, 247, DiagnosticCodes.AddressOutOfRange);
        if (address is int a && _devices != null && !_devices.Answers(a)) _diagnostics.Add(DiagnosticCodes.ModbusWriteNowhere, m.Address.Span, a);
        int? function = Integer(m.Function, 6, 16, DiagnosticCodes.BadFunctionCode);
        if (function is not null and not 6 and not 16)
        {
            _diagnostics.Add(DiagnosticCodes.BadFunctionCode, m.Function.Span, function);
            function = null;
        }
        int? register = Integer(m.Register, 0, 65535, DiagnosticCodes.RegisterOutOfRange);
        if (!RegisterTypes.TryParse(m.Type, out RegisterType type))
        {
            _diagnostics.Add(DiagnosticCodes.JsonBadEnum, m.TypeSpan, "type", m.Type, "int16, uint16, int32, uint32, float32");
            return null;
        }
        int words = RegisterTypes.Words(type);
        if (function == 6 && words == 2)
        {
            _diagnostics.Add(DiagnosticCodes.SingleWriteOf32Bit, m.TypeSpan, m.Type);
            return null;
        }
        if (register + words - 1 > 65535)
        {
            _diagnostics.Add(DiagnosticCodes.RegisterOutOfRange, m.Register.Span, m.Register.Number);
            return null;
        }
        long? value = ModbusValue(m.Value, type);
        if (address == null || function == null || register == null || value == null) return null;
        return new BoundModbus(m.Span, address.Value, function.Value, register.Value, type, value.Value);
    }

    private BoundMqtt? BindMqtt(MqttActionSyntax q)
    {
        int? link = Integer(q.Link, 1, 2, DiagnosticCodes.BadLink);
        CheckText(q.Subtopic, q.Span);
        CheckText(q.Message, q.Span);
        return link == null ? null : new BoundMqtt(q.Span, link.Value, q.Subtopic, q.Message);
    }

    private void CheckText(string text, SourceSpan span)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) > Limits.MaxStringBytes)
        {
            _diagnostics.Add(DiagnosticCodes.StringTooLong, span, Limits.MaxStringBytes);
        }
    }

    /// <summary>A value compared with <paramref name="input"/>, in micro-units of its base unit.</summary>
    private long? Measure(QuantitySyntax q, InputInfo input)
    {
        decimal factor = 1m;
        if (q.Unit == null && _unitsRequired && input.RequiresUnit)
        {
            string likely = TryDecimal(q.Number, out decimal n) ? $"{q.Number} {Units.Likely(input.Dimension, n).Symbol}" : q.Number;
            _diagnostics.Add(DiagnosticCodes.UnitRequired, q.Span, q.Number, input.Path, Units.Family(input.Dimension), likely);
            return null;
        }
        if (q.Unit != null)
        {
            Units.Unit? unit = Units.Find(q.Unit);
            if (unit == null)
            {
                string? nearest = Suggest(NameSuggestions.NearestUnit, q.Unit);
                _diagnostics.Add(DiagnosticCodes.UnknownUnit, q.Span, q.Unit, nearest == null ? "" : $": did you mean {nearest}?");
                return null;
            }
            if (unit.Dimension != input.Dimension)
            {
                _diagnostics.Add(DiagnosticCodes.UnitMismatch, q.Span, $"{q.Number} {q.Unit}", Units.Describe(unit.Dimension), input.Path, Units.Describe(input.Dimension));
                return null;
            }
            factor = unit.Factor;
        }
        return Micro(q, factor);
    }

    /// <summary>A duration in whole seconds; -1 after reporting an error.</summary>
    private long Duration(QuantitySyntax q)
    {
        decimal factor = 1m;
        if (q.Unit != null)
        {
            Units.Unit? unit = Units.Find(q.Unit);
            if (unit == null || unit.Dimension != Dimension.Duration)
            {
                _diagnostics.Add(DiagnosticCodes.NotADuration, q.Span, q.Unit);
                return -1;
            }
            factor = unit.Factor;
        }
        if (!TryDecimal(q.Number, out decimal d) || !TryMultiply(d, factor, out decimal seconds) ||
            seconds != decimal.Truncate(seconds) || seconds < 0 || seconds > uint.MaxValue)
        {
            _diagnostics.Add(DiagnosticCodes.BadDuration, q.Span, q.Unit == null ? q.Number : $"{q.Number} {q.Unit}");
            return -1;
        }
        return (long)seconds;
    }

    private int? Integer(QuantitySyntax q, int min, int max, DiagnosticDescriptor outOfRange)
    {
        if (!TryDecimal(q.Number, out decimal d) || d != decimal.Truncate(d) || d < min || d > max)
        {
            _diagnostics.Add(outOfRange, q.Span, q.Number);
            return null;
        }
        return (int)d;
    }

    private long? ModbusValue(QuantitySyntax q, RegisterType type)
    {
        if (q.Unit != null)
        {
            _diagnostics.Add(DiagnosticCodes.UnitMismatch, q.Span, $"{q.Number} {q.Unit}", q.Unit, "a register value", "plain numbers");
            return null;
        }
        long? micro = Micro(q, 1m);
        if (micro == null) return null;
        decimal v = micro.Value / (decimal)Fixed.Scale;
        bool fits = type switch
        {
            RegisterType.Int16 => v == decimal.Truncate(v) && v >= short.MinValue && v <= short.MaxValue,
            RegisterType.UInt16 => v == decimal.Truncate(v) && v >= 0 && v <= ushort.MaxValue,
            RegisterType.Int32 => v == decimal.Truncate(v) && v >= int.MinValue && v <= int.MaxValue,
            RegisterType.UInt32 => v == decimal.Truncate(v) && v >= 0 && v <= uint.MaxValue,
            _ => true,
        };
        if (!fits)
        {
            _diagnostics.Add(DiagnosticCodes.ValueOutOfRangeForType, q.Span, q.Number, RegisterTypes.Name(type));
            return null;
        }
        return micro;
    }

    private long? Micro(QuantitySyntax q, decimal factor)
    {
        string written = q.Unit == null ? q.Number : $"{q.Number} {q.Unit}";
        if (!TryDecimal(q.Number, out decimal d) || !TryMultiply(d, factor * Fixed.Scale, out decimal micro) ||
            micro < long.MinValue || micro > long.MaxValue)
        {
            _diagnostics.Add(DiagnosticCodes.NumberOutOfRange, q.Span, written);
            return null;
        }
        if (micro != decimal.Truncate(micro))
        {
            _diagnostics.Add(DiagnosticCodes.TooManyDecimals, q.Span, written);
            return null;
        }
        return (long)micro;
    }

    private static bool TryDecimal(string text, out decimal d) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out d);

    private static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return true;
        }
        catch (OverflowException)
        {
            product = 0;
            return false;
        }
    }

    private const string InputHint =
        " (inputs look like ir.left.P, rs485.33.U.L1, ir.right.counter.1, rs485.4.reg.3011.int16, time.hour, tariff, temperature, pulse)";
}
