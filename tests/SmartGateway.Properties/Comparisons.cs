using SmartGateway.Compiler.Binding;

namespace SmartGateway.Properties;

/// <summary>The comparisons of a condition, leaves of its and/or/not tree, in source order.</summary>
public static class Comparisons
{
    public static IEnumerable<BoundCompare> Of(BoundCondition c) => c switch
    {
        BoundAnd and => and.Items.SelectMany(Of),
        BoundOr or => or.Items.SelectMany(Of),
        BoundNot not => Of(not.Operand),
        _ => [(BoundCompare)c],
    };
}
