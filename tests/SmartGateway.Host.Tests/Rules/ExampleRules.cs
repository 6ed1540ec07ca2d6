namespace SmartGateway.Host.Tests.Rules;

/// <summary>Rule sets the host tests post: the manual's HVAC example, reduced to its Bicom.</summary>
internal static class ExampleRules
{
    /// <summary>Switches the right-IR Bicom off above 10.5 kW and on below 9.5 kW.</summary>
    public const string Hvac = """
        automation "HVAC eco mode" on change {
          when ir.left.P > 10 kW ± 500 W
          then bicom ir.right off
          else bicom ir.right on
        }
        """;
}
