namespace SmartGateway.Runtime.Verify;

/// <summary>Every reason an image can be refused. Stable numbers: tools and logs rely on them.</summary>
public enum VerifyError : byte
{
    None = 0,
    // Structure (ImageReader)
    TooShort = 1,
    BadMagic = 2,
    UnsupportedVersion = 3,
    BadFlags = 4,
    LengthMismatch = 5,
    BadChecksum = 6,
    SectionOutOfBounds = 7,
    BadString = 8,
    ReservedNotZero = 9,
    TrailingBytes = 10,
    // Tables
    StringIndexOutOfRange = 20,
    UnknownActionKind = 21,
    BadActionField = 22,
    BadAutomationFlags = 23,
    CodeRangeInvalid = 24,
    SlotRangeInvalid = 25,
    LimitExceeded = 26,
    // Code
    UnknownOpCode = 40,
    TruncatedInstruction = 41,
    InputIndexOutOfRange = 42,
    ConstantIndexOutOfRange = 43,
    BadCompareOperator = 44,
    NegativeHysteresis = 45,
    SlotOutOfRange = 46,
    ActionIndexOutOfRange = 47,
    StackUnderflow = 48,
    StackOverflow = 49,
    JumpOutOfBounds = 50,
    JumpNotToInstruction = 51,
    BadBranch = 52,
    MissingDecide = 53,
    MisplacedInstruction = 54,
    StackNotEmpty = 55,
    TooManyActions = 56,
    OperandKindMismatch = 57,
}

public static class VerifyErrors
{
    public static string Message(VerifyError e)
    {
        switch (e)
        {
            case VerifyError.None: return "valid";
            case VerifyError.TooShort: return "image is shorter than its header";
            case VerifyError.BadMagic: return "not a rule image (bad magic)";
            case VerifyError.UnsupportedVersion: return "unsupported image version";
            case VerifyError.BadFlags: return "unknown header flags";
            case VerifyError.LengthMismatch: return "length field does not match the image size";
            case VerifyError.BadChecksum: return "CRC-32 mismatch: the image is corrupted";
            case VerifyError.SectionOutOfBounds: return "a section runs past the end of the image";
            case VerifyError.BadString: return "string is not valid UTF-8";
            case VerifyError.ReservedNotZero: return "reserved field is not zero";
            case VerifyError.TrailingBytes: return "bytes after the last section";
            case VerifyError.StringIndexOutOfRange: return "string index out of range";
            case VerifyError.UnknownActionKind: return "unknown action kind";
            case VerifyError.BadActionField: return "action field out of range";
            case VerifyError.BadAutomationFlags: return "unknown automation flags";
            case VerifyError.CodeRangeInvalid: return "automation code ranges do not tile the code section";
            case VerifyError.SlotRangeInvalid: return "automation state slot ranges do not tile the declared slots";
            case VerifyError.LimitExceeded: return "declared size exceeds the runtime limits";
            case VerifyError.UnknownOpCode: return "unknown opcode";
            case VerifyError.TruncatedInstruction: return "instruction runs past the end of its automation";
            case VerifyError.InputIndexOutOfRange: return "input index out of range";
            case VerifyError.ConstantIndexOutOfRange: return "constant index out of range";
            case VerifyError.BadCompareOperator: return "unknown comparison operator";
            case VerifyError.NegativeHysteresis: return "hysteresis constant is negative";
            case VerifyError.SlotOutOfRange: return "state slot outside the automation's range";
            case VerifyError.ActionIndexOutOfRange: return "action index out of range";
            case VerifyError.StackUnderflow: return "stack underflow";
            case VerifyError.StackOverflow: return "stack deeper than the declared maximum";
            case VerifyError.JumpOutOfBounds: return "jump leaves the automation";
            case VerifyError.JumpNotToInstruction: return "jump target is not an instruction boundary";
            case VerifyError.BadBranch: return "unknown branch selector";
            case VerifyError.MissingDecide: return "automation has no single DECIDE";
            case VerifyError.MisplacedInstruction: return "instruction not allowed on this side of DECIDE";
            case VerifyError.StackNotEmpty: return "stack not balanced at DECIDE or automation end";
            case VerifyError.TooManyActions: return "more action instructions than the declared action queue";
            case VerifyError.OperandKindMismatch: return "instruction takes a number where a truth value is needed, or the reverse";
            default: return "invalid image";
        }
    }
}
