using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Compiler.Lowering;

/// <summary>
/// A rule set flattened to stack code with symbolic operands (input paths, constant values, slots
/// counted per automation). The emitter turns names into pool indices and writes bytes.
/// </summary>
public sealed record IrProgram(IReadOnlyList<IrAutomation> Automations);

public sealed record IrAutomation(
    SourceSpan Span,
    string Name,
    bool Enabled,
    bool Continuous,
    long MinOnSeconds,
    long MinOffSeconds,
    int HysteresisSlots,
    int TimerSlots,
    IReadOnlyList<IrOp> Condition,
    IReadOnlyList<BoundAction> OnTrue,
    IReadOnlyList<BoundAction> OnFalse,
    IReadOnlyList<IrNodeSite> Nodes);

/// <summary>The condition op that completes a bound node (its value is then on top of the stack).</summary>
public readonly record struct IrNodeSite(BoundCondition Node, int ResultOp);

/// <summary>One condition instruction. Slots are local to the automation (0-based).</summary>
public readonly record struct IrOp(OpCode Op, string? Input = null, CompareOp Compare = CompareOp.Greater,
    long Value = 0, long Hysteresis = 0, int Slot = 0, long Ticks = 0);
