namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// Layout of a rule image (.sgb). All numbers little-endian.
/// <code>
///  0  envelope (ImageEnvelope): magic "SGBC", u16 version, u16 flags, u32 length, u32 CRC-32
/// 16  u16 strings          18  u16 constants       20  u16 inputs         22  u16 actions
/// 24  u16 automations      26  u16 hysteresis slots 28 u16 timer slots    30  u16 max stack
/// 32  u16 max actions      34  u16 reserved (0)    36  u32 code length
/// 40  sections, in order:
///     strings      u16 byte length + UTF-8 bytes, each
///     constants    i64 micro-units, each
///     inputs       u16 string index (the input path), each
///     actions      12-byte records (see ActionRecord*)
///     automations  28-byte records (see AutomationRecord*)
///     code
/// </code>
/// </summary>
public static class ImageFormat
{
    public const byte Magic0 = (byte)'S';
    public const byte Magic1 = (byte)'G';
    public const byte Magic2 = (byte)'B';
    public const byte Magic3 = (byte)'C';
    public const ushort Version = 1;

    public const int StringCountOffset = ImageEnvelope.Size;
    public const int ConstantCountOffset = 18;
    public const int InputCountOffset = 20;
    public const int ActionCountOffset = 22;
    public const int AutomationCountOffset = 24;
    public const int HysteresisSlotsOffset = 26;
    public const int TimerSlotsOffset = 28;
    public const int MaxStackOffset = 30;
    public const int MaxActionsOffset = 32;
    public const int ReservedOffset = 34;
    public const int CodeLengthOffset = 36;
    public const int HeaderSize = 40;

    /// <summary>kind u8, b1 u8, b2 u8, b3 u8, w1 u16, w2 u16, w3 u16, w4 u16. Unused fields are zero.</summary>
    public const int ActionRecordSize = 12;

    /// <summary>
    /// name u16, flags u8, reserved u8, min_on u32, min_off u32, code start u32, code end u32,
    /// hysteresis start u16, hysteresis count u16, timer start u16, timer count u16.
    /// </summary>
    public const int AutomationRecordSize = 28;

    public const byte AutomationEnabled = 0x01;
    public const byte AutomationContinuous = 0x02;

    /// <summary>Compare operand meaning "no hysteresis slot" (== and !=).</summary>
    public const ushort NoSlot = 0xFFFF;

}
