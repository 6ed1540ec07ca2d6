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
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        int decide = asm.DecideAndAct();
        byte[] b = asm.Build();
        b[asm.At(decide)] = 0xEE;
        Refused(Resealed(b), VerifyError.UnknownOpCode, asm.At(decide));
    }

    [Fact]
    public void RefusesAnInputIndexOutOfRange()
    {
        var asm = new ImageAssembler("ir.left.P");
        int load = asm.Compare(CompareOp.Greater, 10, input: 1);
        asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.InputIndexOutOfRange, asm.At(load) + 1);
    }

    [Fact]
    public void RefusesAnUnknownComparisonOperator()
    {
        var asm = new ImageAssembler();
        asm.Op(OpCode.Load, 0);
        int compare = asm.Op(OpCode.Compare, CompareOps.Count, asm.Constant(10), asm.Constant(0), 0);
        asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.BadCompareOperator, asm.At(compare) + 1);
    }

    [Fact]
    public void RefusesAStateSlotOutsideTheAutomationsRange()
    {
        var asm = new ImageAssembler();
        asm.Op(OpCode.Load, 0);
        int compare = asm.Op(OpCode.Compare, (int)CompareOp.Greater, asm.Constant(10), asm.Constant(0), 1);
        asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.SlotOutOfRange, asm.At(compare) + 6);
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
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        asm.Op(OpCode.Decide);
        int jump = asm.Op(OpCode.Jump, 4);
        asm.Op(OpCode.Act, 0);
        Refused(asm.Build(), VerifyError.JumpOutOfBounds, asm.At(jump));
    }

    [Fact]
    public void RefusesAJumpIntoTheMiddleOfAnInstruction()
    {
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        asm.Op(OpCode.Decide);
        int jump = asm.Op(OpCode.JumpUnless, Verifier.BranchTrue, 1);
        asm.Op(OpCode.Act, 0);
        Refused(asm.Build(), VerifyError.JumpNotToInstruction, asm.At(jump));
    }

    [Fact]
    public void RefusesAnUnknownBranchSelector()
    {
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        asm.Op(OpCode.Decide);
        int jump = asm.Op(OpCode.JumpUnless, 3, 3);
        asm.Op(OpCode.Act, 0);
        Refused(asm.Build(), VerifyError.BadBranch, asm.At(jump) + 1);
    }

    [Fact]
    public void RefusesAStackDeeperThanDeclared()
    {
        var asm = new ImageAssembler { MaxStack = 0 };
        int load = asm.Compare(CompareOp.Greater, 10);
        asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.StackOverflow, asm.At(load));
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
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        int act = asm.Op(OpCode.Act, 0);
        asm.Op(OpCode.Decide);
        Refused(asm.Build(), VerifyError.MisplacedInstruction, asm.At(act));
    }

    [Fact]
    public void RefusesAnAutomationWithoutADecision()
    {
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        asm.Op(OpCode.Not);
        Refused(asm.Build(), VerifyError.MissingDecide, asm.At(asm.Here));
    }

    [Fact]
    public void RefusesATruthWhereANumberIsExpected()
    {
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        int neg = asm.Op(OpCode.Neg);
        asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.OperandKindMismatch, asm.At(neg));
    }

    [Fact]
    public void RefusesANumberWhereATruthIsExpected()
    {
        var asm = new ImageAssembler();
        asm.Op(OpCode.Load, 0);
        int decide = asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.OperandKindMismatch, asm.At(decide));
    }

    [Fact]
    public void RefusesAStackLeftOverAtTheDecision()
    {
        var asm = new ImageAssembler();
        asm.Compare(CompareOp.Greater, 10);
        asm.Compare(CompareOp.Less, 20);
        int decide = asm.DecideAndAct();
        Refused(asm.Build(), VerifyError.StackNotEmpty, asm.At(decide));
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
