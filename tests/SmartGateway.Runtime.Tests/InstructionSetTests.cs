using SmartGateway.Compiler.Emit;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Tests;

/// <summary>
/// The instruction set is one table (<see cref="OpInfo"/>): every opcode in it must be emitted by the
/// compiler, accepted by the verifier, printed by name by the disassembler and run by the interpreter —
/// both as part of a fused compare site and as a single run op. (The native back end reads the bound
/// rules, not opcodes; the three-engine property holds it to the interpreter.)
/// </summary>
public class InstructionSetTests
{
    /// <summary>
    /// (-(a + b) &gt; -5 and a − b &lt; 3 for 0 s) or not a == 2, then "if true ACT 0 else ACT 0": every
    /// opcode once at least. NEG after ADD is not a shape the run form fuses, so LOAD, ADD and NEG run
    /// as single ops and the compare takes its sum from the value stack; SUB is fused into a site.
    /// </summary>
    private static ImageAssembler EveryOpcode()
    {
        var asm = new ImageAssembler("a", "b");
        asm.Op(OpCode.Load, 0);
        asm.Op(OpCode.Load, 1);
        asm.Op(OpCode.Add);
        asm.Op(OpCode.Neg);
        asm.Op(OpCode.Compare, (int)CompareOp.Greater, asm.Constant(-5 * Fixed.Scale), asm.Constant(0), 0);
        asm.Op(OpCode.Load, 0);
        asm.Op(OpCode.Load, 1);
        asm.Op(OpCode.Sub);
        asm.Op(OpCode.Compare, (int)CompareOp.Less, asm.Constant(3 * Fixed.Scale), asm.Constant(0), 1);
        asm.Op(OpCode.For, 0, 0);
        asm.Op(OpCode.And);
        asm.Compare(CompareOp.Equal, 2 * Fixed.Scale);
        asm.Op(OpCode.Not);
        asm.Op(OpCode.Or);
        asm.Op(OpCode.Decide);
        asm.Op(OpCode.JumpUnless, Verifier.BranchTrue, 6);
        asm.Op(OpCode.Act, 0);
        asm.Op(OpCode.Jump, 3);
        asm.Op(OpCode.Act, 0);
        return asm;
    }

    [Fact]
    public void TheSampleUsesEveryOpcode()
    {
        Image image = ImageFixture.Load(EveryOpcode().Build());
        var used = new HashSet<OpCode>();
        for (int pc = 0; pc < image.Code.Length; pc += 1 + OpInfo.OperandBytes((OpCode)image.Code[pc])) used.Add((OpCode)image.Code[pc]);
        Assert.Equal(Enum.GetValues<OpCode>().ToHashSet(), used);
    }

    [Fact]
    public void TheDisassemblerNamesEveryInstruction()
    {
        Image image = ImageFixture.Load(EveryOpcode().Build());
        string text = Disassembler.Disassemble(image);
        foreach (OpCode op in Enum.GetValues<OpCode>()) Assert.Contains(" " + OpInfo.Name(op) + " ", text);
        Assert.DoesNotContain("??", text);
    }

    [Theory]
    [InlineData(1, 2, Tri.True)]   // -(3) > -5
    [InlineData(2, 4, Tri.False)]  // -(6) > -5 is false and a == 2
    [InlineData(4, 2, Tri.True)]   // not a == 2
    public void TheInterpreterRunsEveryOpcode(long a, long b, byte expected)
    {
        var vm = new Interpreter(ImageFixture.Load(EveryOpcode().Build()));
        Snapshot s = vm.NewSnapshot();
        s.Set(0, Fixed.FromInt(a));
        s.Set(1, Fixed.FromInt(b));
        vm.Tick(s);
        Assert.Equal(expected, vm.LastResult(0));
        Assert.Equal(1, vm.Actions.Count);
    }

    [Fact]
    public void TheCompilerEmitsEveryOpcode()
    {
        Image image = ImageFixture.Load(ImageFixture.Compile("""
            automation "all" on change {
              when (-ir.left.P + ir.right.P > 1 kW ± 100 W for 2 s and ir.left.P - ir.right.P < 3 kW ± 100 W) or not time.hour == 12
              then bicom ir.right on
              else bicom ir.right off
            }
            """));
        var used = new HashSet<OpCode>();
        for (int pc = 0; pc < image.Code.Length; pc += 1 + OpInfo.OperandBytes((OpCode)image.Code[pc])) used.Add((OpCode)image.Code[pc]);
        Assert.Equal(Enum.GetValues<OpCode>().ToHashSet(), used);
    }
}
