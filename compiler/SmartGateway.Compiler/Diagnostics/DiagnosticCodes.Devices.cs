namespace SmartGateway.Compiler.Diagnostics;

/// <summary>Device maps (SG4xxx): errors SG40xx, warnings SG41xx.</summary>
public static partial class DiagnosticCodes
{
    public static readonly DiagnosticDescriptor DeviceUnknownPath = Error("SG4001", "{0}: \"{1}\" is not a device input path (U.L1, I.L2, P, P.L3, PF, angle.L1, thdU.L1, f, temp, counter.N …)");
    public static readonly DiagnosticDescriptor DeviceDuplicatePath = Error("SG4002", "{0}: \"{1}\" is already mapped");
    public static readonly DiagnosticDescriptor DeviceRegisterRange = Error("SG4003", "{0}: register {1} is outside 0–65535 (or its last word is)");
    public static readonly DiagnosticDescriptor DeviceNotReadable = Error("SG4004", "{0}: {1} registers {2}–{3} are not inside any \"readable\" range");
    public static readonly DiagnosticDescriptor DeviceWrongUnit = Error("SG4005", "{0}: \"{1}\" is measured in {2}, not \"{3}\"");
    public static readonly DiagnosticDescriptor DeviceCounterNumber = Error("SG4006", "{0}: counter number {1} is outside 1–16 or already used");
    public static readonly DiagnosticDescriptor DeviceScaleRange = Error("SG4007", "{0}: scale {1} is outside {2}–{3} for {4}");
    public static readonly DiagnosticDescriptor DeviceBadRange = Error("SG4008", "{0}: a readable range needs 1–65536 registers inside 0–65535");
    public static readonly DiagnosticDescriptor DeviceWritableRange = Error("SG4009", "{0}: range {1}–{2} is empty or does not fit {3}");
    public static readonly DiagnosticDescriptor DeviceTariff = Error("SG4010", "{0}: tariff {1} is outside 0–5 (0 = every tariff)");
    public static readonly DiagnosticDescriptor DeviceTooWide = Error("SG4011", "{0}: value and exponent registers span {1} registers; one read holds 125");
    public static readonly DiagnosticDescriptor DeviceCounterUnit = Error("SG4012", "{0}: counter unit \"{1}\" is not Wh, varh or VAh");
    public static readonly DiagnosticDescriptor DeviceEmptyText = Error("SG4013", "{0}: \"{1}\" must not be empty");

    public static readonly DiagnosticDescriptor BusUnknown = Error("SG4014", "{0}: \"{1}\" is not a bus (ir.left, ir.right, rs485, tcp)");
    public static readonly DiagnosticDescriptor BusDuplicate = Error("SG4015", "{0}: {1} is already configured");
    public static readonly DiagnosticDescriptor BusIrOneDevice = Error("SG4016", "{0}: an IR port has exactly one device");
    public static readonly DiagnosticDescriptor DeviceMapUnreadable = Error("SG4017", "{0}: cannot read device map \"{1}\": {2}");
    public static readonly DiagnosticDescriptor BusBadInterface = Error("SG4018", "{0}: \"{1}\" is not an interface (ir.left, ir.right or rs485.1–247)");
    public static readonly DiagnosticDescriptor DeviceValueRange = Error("SG4019", "{0}: {1} is outside {2}–{3}");
    public static readonly DiagnosticDescriptor DeviceSyntax = Error("SG4020", "{0}");
    public static readonly DiagnosticDescriptor DeviceSettingName = Error("SG4021", "{0}: \"{1}\" is not one of {2}");
    public static readonly DiagnosticDescriptor DeviceRepeated = Error("SG4022", "\"{0}\" is already given at {1}");
    public static readonly DiagnosticDescriptor DeviceMissingModel = Error("SG4023", "a device map needs a model statement: model \"NAME\"");
    public static readonly DiagnosticDescriptor DeviceBadNumber = Error("SG4024", "{0}: {1} is not a number with at most six decimals");

    public static readonly DiagnosticDescriptor BusTooSlow = Warning("SG4101", "{0}: one poll cycle takes about {1} ms on the wire, longer than the {2} ms tick: inputs will not be fresh every tick");
    public static readonly DiagnosticDescriptor InputWithoutDevice = Warning("SG4102", "input \"{0}\": no device of the bus setup is {1}");
    public static readonly DiagnosticDescriptor InputNotInMap = Warning("SG4103", "input \"{0}\": the {1} at {2} has no \"{3}\" in its map");
}
