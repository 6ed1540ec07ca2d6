using SmartGateway.Compiler;
using SmartGateway.Compiler.Binding;
using SmartGateway.Compiler.Emit;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using static SmartGateway.Runtime.Tests.ImageFixture;

namespace SmartGateway.Runtime.Tests;

public class InterpreterStateTests
{
    private const string Heater = """
        automation "Heater" on change {
          min on 3 s
          when time.hour >= 6 and rs485.1.P - rs485.2.P < 5 kW ± 200 W for 2 s
          then bicom rs485.32 on
          else bicom rs485.32 off
        }
        """;

    private static void Feed(Snapshot s, long hour, long p1, long p2)
    {
        s.Set(0, Fixed.FromInt(hour));
        s.Set(1, Fixed.FromInt(p1));
        s.Set(2, Fixed.FromInt(p2));
    }

    [Fact]
    public void TheProbeShowsEachBlockAsTheVmComputedIt()
    {
        CompilationResult r = Compilation.Compile("heater.sgr", Heater);
        var interpreter = new Interpreter(Load(r.Image!));
        interpreter.EnableProbe();
        Snapshot s = interpreter.NewSnapshot();
        Assert.Equal(["time.hour", "rs485.1.P", "rs485.2.P"], interpreter.Image.Inputs);
        Feed(s, 7, 6000, 2000);
        interpreter.Tick(s);

        BoundAnd and = Assert.IsType<BoundAnd>(r.Rules.Automations[0].Condition);
        BoundCompare power = Assert.IsType<BoundCompare>(and.Items[1]);
        SourceMap.CompareSites sites = r.Map!.Compare(power);
        Assert.Equal(4_000_000_000L, interpreter.ProbeValue(sites.SumOffset));
        Assert.True(interpreter.ProbeKnown(sites.CompareOffset));
        Assert.Equal(1L, interpreter.ProbeValue(sites.CompareOffset));
        // 'for 2 s' has counted one true tick of the three it needs, so the block is still false.
        Assert.Equal(1, interpreter.TimerCount(sites.TimerSlot));
        Assert.Equal(0L, interpreter.ProbeValue(r.Map.ResultOffset(power)));
        Assert.Equal(Tri.True, interpreter.HysteresisState(sites.HysteresisSlot));
    }

    [Fact]
    public void RestoredStateContinuesExactlyWhereItStopped()
    {
        byte[] image = Compile(Heater);
        var random = new Random(7);
        var rows = Enumerable.Range(0, 60).Select(_ => (random.Next(4, 9), random.Next(3000, 8000), random.Next(0, 3000))).ToList();

        var straight = new Interpreter(Load(image));
        var first = new Interpreter(Load(image));
        var expected = new List<int>();
        var actual = new List<int>();
        Snapshot a = straight.NewSnapshot(), b = first.NewSnapshot();
        Interpreter current = first;
        for (int t = 0; t < rows.Count; t++)
        {
            if (t == 30)
            {
                byte[] saved = new byte[current.StateSize];
                current.SaveState(saved);
                current = new Interpreter(Load(image));
                Assert.True(current.RestoreState(saved));
                b = current.NewSnapshot();
            }
            Feed(a, rows[t].Item1, rows[t].Item2, rows[t].Item3);
            Feed(b, rows[t].Item1, rows[t].Item2, rows[t].Item3);
            straight.Tick(a);
            current.Tick(b);
            for (int k = 0; k < straight.Actions.Count; k++) expected.Add(t * 100 + straight.Actions.ActionAt(k));
            for (int k = 0; k < current.Actions.Count; k++) actual.Add(t * 100 + current.Actions.ActionAt(k));
        }
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void StateOfAnotherShapeIsRefused()
    {
        var interpreter = new Interpreter(Load(Compile(Heater)));
        Assert.False(interpreter.RestoreState(new byte[interpreter.StateSize + 1]));
        byte[] bad = new byte[interpreter.StateSize];
        bad[8] = 9;
        Assert.False(interpreter.RestoreState(bad));
    }
}
