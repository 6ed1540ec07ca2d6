using SmartGateway.Compiler.Binding;

namespace SmartGateway.Compiler.Emit;

/// <summary>
/// Where each condition block of the bound tree lives in the image: the code offset of the instruction
/// that leaves its result on the stack, and for a comparison the offsets of its sum and of CMP, and its
/// hysteresis and timer slots. With the interpreter's probe this lets a live preview show every block
/// exactly as the VM evaluated it. Keys are the bound nodes themselves (by reference).
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<BoundCondition, int> _result = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundCompare, CompareSites> _compares = new(ReferenceEqualityComparer.Instance);

    /// <summary>Code offsets and slots of one comparison; a slot is -1 when it has none.</summary>
    public sealed record CompareSites(int SumOffset, int CompareOffset, int HysteresisSlot, int TimerSlot);

    public int ResultOffset(BoundCondition node) => _result[node];

    public CompareSites Compare(BoundCompare node) => _compares[node];

    internal void AddResult(BoundCondition node, int offset) => _result[node] = offset;

    internal void AddCompare(BoundCompare node, CompareSites sites) => _compares[node] = sites;
}
