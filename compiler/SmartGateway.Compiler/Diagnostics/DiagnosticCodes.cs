namespace SmartGateway.Compiler.Diagnostics;

/// <summary>
/// The SG#### catalogue, shared by sgc, the source generator and the host. Codes are stable.
/// Ranges: SG00xx text syntax, SG01xx JSON syntax, SG10xx binding errors, SG11xx warnings,
/// SG20xx image limits, SG3xxx tariffs, SG4xxx device maps, SG50xx traces and rule tests,
/// SG90xx images and files. Other areas add their codes in partial files beside this one.
/// </summary>
public static partial class DiagnosticCodes
{
    private static DiagnosticDescriptor Error(string code, string format) => new(code, Severity.Error, format);
    private static DiagnosticDescriptor Warning(string code, string format) => new(code, Severity.Warning, format);

    // Text DSL
    public static readonly DiagnosticDescriptor Syntax = Error("SG0001", "{0}");
    public static readonly DiagnosticDescriptor UnterminatedString = Error("SG0002", "string is not closed before the end of the line");

    // JSON
    public static readonly DiagnosticDescriptor JsonSyntax = Error("SG0100", "invalid JSON: {0}");
    public static readonly DiagnosticDescriptor JsonUnknownMember = Error("SG0101", "{0}: unknown member \"{1}\"");
    public static readonly DiagnosticDescriptor JsonWrongType = Error("SG0102", "{0}: expected {1}");
    public static readonly DiagnosticDescriptor JsonMissingMember = Error("SG0103", "{0}: missing member \"{1}\"");
    public static readonly DiagnosticDescriptor JsonBlockShape = Error("SG0104", "{0}: a condition block has exactly one of \"and\", \"or\", \"not\", \"compare\"");
    public static readonly DiagnosticDescriptor JsonEmptyList = Error("SG0105", "{0}: \"{1}\" needs at least one block");
    public static readonly DiagnosticDescriptor JsonBadEnum = Error("SG0106", "{0}: \"{1}\" is not one of {2}");
    public static readonly DiagnosticDescriptor JsonBadNumber = Error("SG0107", "{0}: {1} is not a number with at most six decimals in range");
    public static readonly DiagnosticDescriptor JsonDuplicateMember = Error("SG0108", "{0}: member \"{1}\" appears twice");
    public static readonly DiagnosticDescriptor JsonBadVersion = Error("SG0109", "{0}: version {1} is not supported (expected 1)");
    public static readonly DiagnosticDescriptor JsonEmptyInputs = Error("SG0110", "{0}: a comparison needs at least one input");

    // Binding
    public static readonly DiagnosticDescriptor UnknownInput = Error("SG1001", "unknown input \"{0}\"{1}");
    public static readonly DiagnosticDescriptor UnitMismatch = Error("SG1002", "{0} is in {1}, but {2} is measured in {3}");
    public static readonly DiagnosticDescriptor UnknownUnit = Error("SG1003", "unknown unit \"{0}\"{1}");
    public static readonly DiagnosticDescriptor MixedQuantities = Error("SG1004", "cannot add {0} ({1}) and {2} ({3})");
    public static readonly DiagnosticDescriptor NegativeHysteresis = Error("SG1005", "hysteresis must not be negative");
    public static readonly DiagnosticDescriptor ValueOutOfRangeForType = Error("SG1006", "value {0} does not fit {1}");
    public static readonly DiagnosticDescriptor AddressOutOfRange = Error("SG1007", "Modbus address {0} is outside 1–247");
    public static readonly DiagnosticDescriptor RegisterOutOfRange = Error("SG1008", "register {0} is outside 0–65535 (or its second word is)");
    public static readonly DiagnosticDescriptor BadFunctionCode = Error("SG1009", "function code {0} is not 6 (write single) or 16 (write multiple)");
    public static readonly DiagnosticDescriptor SingleWriteOf32Bit = Error("SG1010", "{0} takes two registers: write it with function 16");
    public static readonly DiagnosticDescriptor BadLink = Error("SG1011", "MQTT link {0} is not 1 or 2");
    public static readonly DiagnosticDescriptor BadInterface = Error("SG1012", "\"{0}\" is not an interface (ir.left, ir.right or rs485.1–247){1}");
    public static readonly DiagnosticDescriptor BadDuration = Error("SG1013", "duration {0} must be a whole number of seconds from 0 to 4294967295");
    public static readonly DiagnosticDescriptor DuplicateAutomation = Error("SG1014", "automation \"{0}\" is already defined at {1}");
    public static readonly DiagnosticDescriptor TooManyDecimals = Error("SG1015", "{0} has more than six decimals in its base unit");
    public static readonly DiagnosticDescriptor NumberOutOfRange = Error("SG1016", "{0} is out of range");
    public static readonly DiagnosticDescriptor EmptyName = Error("SG1017", "an automation needs a name");
    public static readonly DiagnosticDescriptor NotADuration = Error("SG1018", "\"{0}\" is not a time unit (s, min, h)");
    public static readonly DiagnosticDescriptor StringTooLong = Error("SG1019", "text is longer than {0} bytes");
    public static readonly DiagnosticDescriptor UnitRequired = Error("SG1020", "{0} needs a unit: {1} is measured in {2}; did you mean {3}?");
    public static readonly DiagnosticDescriptor BicomOnLeftIr = Error("SG1021", "bicom {0}: the left IR port is for energy meters (manual §2.4); Bicoms are on ir.right or RS485");
    public static readonly DiagnosticDescriptor NoBicomAt = Error("SG1022", "bicom {0}: there is no Bicom at {0} ({1})");

    // Warnings
    public static readonly DiagnosticDescriptor ConflictingTargets = Warning("SG1101", "automations \"{0}\" and \"{1}\" can both drive {2} in the same tick");
    public static readonly DiagnosticDescriptor NoHysteresis = Warning("SG1102", "continuous automation \"{0}\" compares analogue input {1} with no hysteresis: it may switch every second");
    public static readonly DiagnosticDescriptor ConstantOutsideDomain = Warning("SG1103", "{0} is always {1} for {2} ({3})");
    public static readonly DiagnosticDescriptor ModbusWriteNowhere = Warning("SG1104", "modbus {0}: no device is listed at address {0}; check the address (a device without Iskra identification registers is never listed)");
    public static readonly DiagnosticDescriptor HysteresisPastBound = Warning("SG1105", "hysteresis {0} reaches past {1}, the {2} of {3}: once {4}, the condition never becomes {5}");
    public static readonly DiagnosticDescriptor BandNeverSwitches = Warning("SG1106", "the band {0} … {1} covers every value {2} can take ({3}): the condition never switches");

    // Image limits
    public static readonly DiagnosticDescriptor LimitExceeded = Error("SG2001", "rule set is too large: more than {0} {1}");

    // Traces and rule tests
    public static readonly DiagnosticDescriptor TraceSyntax = Error("SG5001", "{0}");
    public static readonly DiagnosticDescriptor TraceUnknownColumn = Error("SG5002", "column \"{0}\" is not an input path{1}");
    public static readonly DiagnosticDescriptor TraceBadNumber = Error("SG5003", "\"{0}\" is not a decimal number with at most six decimals");
    public static readonly DiagnosticDescriptor TraceBadTick = Error("SG5004", "tick {0} should be {1}: ticks count from 0 by 1");
    public static readonly DiagnosticDescriptor TraceBadTime = Error("SG5005", "\"{0}\" is not a local time like 2025-06-02T05:59:58");
    public static readonly DiagnosticDescriptor TestMismatch = Error("SG5101", "{0}");
    public static readonly DiagnosticDescriptor TestSyntax = Error("SG5102", "{0}");

    // Images and files
    public static readonly DiagnosticDescriptor InvalidImage = Error("SG9001", "invalid image: {0}");
    public static readonly DiagnosticDescriptor CannotRead = Error("SG9002", "cannot read: {0}");
}
