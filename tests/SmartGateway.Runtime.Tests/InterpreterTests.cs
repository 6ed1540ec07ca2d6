using System.Text;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using static SmartGateway.Runtime.Tests.ImageFixture;

namespace SmartGateway.Runtime.Tests;

public class InterpreterTests
{
    [Fact]
    public void ATickAllocatesNothing()
    {
        var source = new StringBuilder();
        for (int i = 0; i < 64; i++)
        {
            source.AppendLine($$"""
                automation "a{{i}}" {{(i % 2 == 0 ? "on change" : "continuous")}} {
                  min on 3 s
                  when (ir.left.P > {{i}} kW ± 100 W for 2 s and rs485.1.U.L1 < 240 V ± 1 V) or not time.hour == 12 or rs485.2.P - rs485.1.P >= 0 W ± 10 W
                  then { bicom rs485.{{i % 16 + 1}} on; mqtt 1 "t" "on" }
                  else bicom rs485.{{i % 16 + 1}} off
                }
                """);
        }
        var interpreter = new Interpreter(Load(Compile(source.ToString())));
        Snapshot snapshot = interpreter.NewSnapshot();
        var random = new Random(1);
        void Tick()
        {
            for (int i = 0; i < snapshot.Count; i++)
            {
                if (random.Next(10) == 0) snapshot.SetInvalid(i);
                else snapshot.Set(i, random.NextInt64(-50, 50) * 1_000_000_000L);
            }
            interpreter.Tick(snapshot);
        }
        for (int t = 0; t < 100; t++) Tick();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 0; t < 1000; t++) Tick();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ActionsAreQueuedInDeclarationOrderAcrossAutomations()
    {
        var interpreter = new Interpreter(Load(Compile("""
            automation "first" continuous { when ir.left.P > 0 W then { mqtt 1 "a" "1"; mqtt 1 "a" "2" } }
            automation "second" continuous { when ir.left.P > 0 W then mqtt 1 "b" "3" }
            """)));
        Snapshot s = interpreter.NewSnapshot();
        s.Set(0, 5_000_000);
        interpreter.Tick(s);
        IEnumerable<string> messages = Enumerable.Range(0, interpreter.Actions.Count)
            .Select(k => interpreter.Image.Actions[interpreter.Actions.ActionAt(k)].Message);
        Assert.Equal(["1", "2", "3"], messages);
    }

    [Fact]
    public void ADisabledAutomationRunsNothing()
    {
        var interpreter = new Interpreter(Load(Compile("automation \"off\" disabled continuous { when ir.left.P > 0 W then mqtt 1 \"a\" \"1\" else mqtt 1 \"a\" \"0\" }")));
        Snapshot s = interpreter.NewSnapshot();
        s.Set(0, Fixed.FromInt(5));
        interpreter.Tick(s);
        Assert.Equal(0, interpreter.Actions.Count);
    }

    [Fact]
    public void TheFirstTickIsTickZero()
    {
        var interpreter = new Interpreter(Load(Compile(Hvac)));
        Assert.Equal(-1, interpreter.CurrentTick);
        interpreter.Tick(interpreter.NewSnapshot());
        Assert.Equal(0, interpreter.CurrentTick);
    }
}
