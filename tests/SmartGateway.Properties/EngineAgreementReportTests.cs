namespace SmartGateway.Properties;

/// <summary>What the engine-agreement property reports when engines differ: the first differing tick, per engine.</summary>
public class EngineAgreementReportTests
{
    [Fact]
    public void TheReportNamesTheFirstDifferingTickAndWhatEachEngineDidThere()
    {
        string? report = EngineAgreementProperty.FirstDifference(5,
            ("reference", ["0 a: bicom ir.right on", "2 a: bicom ir.right off", "4 a: bicom ir.right on"]),
            ("vm", ["0 a: bicom ir.right on", "3 a: bicom ir.right off", "4 a: bicom ir.right off"]));

        Assert.Equal("engines disagree first at tick 2:\nreference:\n  2 a: bicom ir.right off\nvm:\n  (nothing)", report);
    }

    [Fact]
    public void EnginesThatExecuteTheSameActionsAtEveryTickAreNoDifference() =>
        Assert.Null(EngineAgreementProperty.FirstDifference(3, ("reference", ["1 a: bicom ir.right on"]), ("vm", ["1 a: bicom ir.right on"])));

    [Fact]
    public void TheSameActionsInAnotherOrderAreADifference() =>
        Assert.Contains("tick 0", EngineAgreementProperty.FirstDifference(1,
            ("reference", ["0 a: bicom ir.right on", "0 b: bicom rs485.7 off"]),
            ("native", ["0 b: bicom rs485.7 off", "0 a: bicom ir.right on"])));
}
