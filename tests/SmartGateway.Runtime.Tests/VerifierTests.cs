using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;
using static SmartGateway.Runtime.Tests.ImageFixture;

namespace SmartGateway.Runtime.Tests;

public class VerifierTests
{
    private static VerifyResult Verdict(byte[] bytes) => Verifier.Load(bytes, out _);

    private static void Refused(byte[] bytes, VerifyError error, int? offset = null)
    {
        VerifyResult verdict = Verdict(bytes);
        Assert.Equal(error, verdict.Error);
        if (offset is int at) Assert.Equal(at, verdict.Offset);
    }

    [Fact]
    public void AcceptsTheCompilersImage() => Assert.True(Verdict(Compile(Hvac)).IsValid);

    [Fact]
    public void RefusesAnEmptyFile() => Refused([], VerifyError.TooShort, 0);

    [Fact]
    public void RefusesAFileThatIsNotAnImage()
    {
        byte[] b = Compile(Hvac);
        b[0] = (byte)'X';
        Refused(b, VerifyError.BadMagic, 0);
    }

    [Fact]
    public void RefusesAnotherVersion()
    {
        byte[] b = Compile(Hvac);
        LittleEndian.PutU16(b, ImageEnvelope.VersionOffset, 2);
        Refused(b, VerifyError.UnsupportedVersion, ImageEnvelope.VersionOffset);
    }

    [Fact]
    public void RefusesACorruptedByteByItsChecksum()
    {
        byte[] b = Compile(Hvac);
        b[^1] ^= 0x40;
        Refused(b, VerifyError.BadChecksum, ImageEnvelope.CrcOffset);
    }

    [Fact]
    public void RefusesATruncatedImageByItsLength()
    {
        byte[] b = Compile(Hvac);
        Refused(b[..^1], VerifyError.LengthMismatch, ImageEnvelope.LengthOffset);
    }

    [Fact]
    public void RefusesBytesAfterTheLastSection()
    {
        byte[] b = Compile(Hvac);
        int end = b.Length;
        Array.Resize(ref b, b.Length + 1);
        Refused(Resealed(b), VerifyError.TrailingBytes, end);
    }

    [Fact]
    public void RefusesAnUnknownOpcodeAtItsOffset()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        b[code + 11] = 0xEE;
        Refused(Resealed(b), VerifyError.UnknownOpCode, code + 11);
    }

    [Fact]
    public void RefusesAnInputIndexOutOfRange()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        LittleEndian.PutU16(b, code + 1, 7);
        Refused(Resealed(b), VerifyError.InputIndexOutOfRange, code + 1);
    }

    [Fact]
    public void RefusesAnUnknownComparisonOperator()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        b[code + 4] = 9;
        Refused(Resealed(b), VerifyError.BadCompareOperator, code + 4);
    }

    [Fact]
    public void RefusesAStateSlotOutsideTheAutomationsRange()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        LittleEndian.PutU16(b, code + 9, 1);
        Refused(Resealed(b), VerifyError.SlotOutOfRange, code + 9);
    }

    [Fact]
    public void RefusesANegativeHysteresisConstant()
    {
        byte[] b = Compile(Hvac);
        Image image = Load(b);
        int constants = ImageFormat.HeaderSize + image.Strings.Sum(s => 2 + System.Text.Encoding.UTF8.GetByteCount(s));
        LittleEndian.PutI64(b, constants + 8, -1);
        Refused(Resealed(b), VerifyError.NegativeHysteresis, image.CodeOffset + 7);
    }

    [Fact]
    public void RefusesAJumpPastTheAutomationsEnd()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        LittleEndian.PutU16(b, code + 26, 200);
        Refused(Resealed(b), VerifyError.JumpOutOfBounds, code + 25);
    }

    [Fact]
    public void RefusesAJumpIntoTheMiddleOfAnInstruction()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        LittleEndian.PutU16(b, code + 14, 1);
        Refused(Resealed(b), VerifyError.JumpNotToInstruction, code + 12);
    }

    [Fact]
    public void RefusesAnUnknownBranchSelector()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        b[code + 13] = 3;
        Refused(Resealed(b), VerifyError.BadBranch, code + 13);
    }

    [Fact]
    public void RefusesAStackDeeperThanDeclared()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        LittleEndian.PutU16(b, ImageFormat.MaxStackOffset, 0);
        Refused(Resealed(b), VerifyError.StackOverflow, code);
    }

    [Fact]
    public void RefusesMoreActionsThanTheDeclaredQueue()
    {
        byte[] b = Compile(Hvac);
        LittleEndian.PutU16(b, ImageFormat.MaxActionsOffset, 5);
        Refused(Resealed(b), VerifyError.TooManyActions);
    }

    [Fact]
    public void RefusesAnActionBeforeTheDecision()
    {
        byte[] b = Compile(Hvac);
        int code = CodeOffset(b);
        b[code + 11] = (byte)OpCode.Not;
        Refused(Resealed(b), VerifyError.MisplacedInstruction, code + 12);
    }

    [Fact]
    public void RefusesAnAutomationWithoutADecision()
    {
        byte[] b = Compile("automation \"x\" on change { when ir.left.P > 1 W then { } }");
        int code = CodeOffset(b);
        b[code + 11] = (byte)OpCode.Not;
        Refused(Resealed(b), VerifyError.MissingDecide, code + 12);
    }

    [Fact]
    public void RefusesCodeRangesThatDoNotTileTheCode()
    {
        byte[] b = Compile(Hvac);
        LittleEndian.PutU32(b, AutomationsOffset(b) + 16, 40);
        Refused(Resealed(b), VerifyError.CodeRangeInvalid);
    }

    [Fact]
    public void RefusesAModbusActionToAddressZero()
    {
        byte[] b = Compile(Hvac);
        int actions = ActionsOffset(b);
        b[actions + 3] = 0;
        Refused(Resealed(b), VerifyError.BadActionField, actions + 3);
    }

    [Fact]
    public void RefusesASingleRegisterWriteOfA32BitValue()
    {
        byte[] b = Compile(Hvac);
        int actions = ActionsOffset(b);
        b[actions + 2] = 2;
        Refused(Resealed(b), VerifyError.BadActionField, actions + 1);
    }

    [Fact]
    public void RefusesAnUnknownActionKind()
    {
        byte[] b = Compile(Hvac);
        int actions = ActionsOffset(b);
        b[actions] = 9;
        Refused(Resealed(b), VerifyError.UnknownActionKind, actions);
    }

    [Fact]
    public void RefusesAStringThatIsNotUtf8()
    {
        byte[] b = Compile(Hvac);
        b[ImageFormat.HeaderSize + 2] = 0xC0;
        Refused(Resealed(b), VerifyError.BadString, ImageFormat.HeaderSize + 2);
    }

    [Fact]
    public void EveryOpcodeHasANameAnOperandShapeAndAStackEffect()
    {
        foreach (OpCode op in Enum.GetValues<OpCode>())
        {
            Assert.True(OpInfo.IsKnown((byte)op));
            Assert.NotEqual("?", OpInfo.Name(op));
            Assert.InRange(OpInfo.Pops(op), 0, 2);
        }
        Assert.Equal(OpInfo.MaxOpCode, Enum.GetValues<OpCode>().Length);
    }
}
