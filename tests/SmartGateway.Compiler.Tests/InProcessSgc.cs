using SmartGateway.Cli;

namespace SmartGateway.Compiler.Tests;

/// <summary>sgc as a user runs it, in-process: its exit code and what it printed, without colour.</summary>
internal static class InProcessSgc
{
    public static (int Code, string Out, string Err) Sgc(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = SmartGateway.Cli.Sgc.Execute(args, new Output(stdout, stderr, colour: false));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Bad input is a diagnostic (exit 0 or 1), never an internal error or a stack trace.</summary>
    public static void AssertNoCrash((int Code, string Out, string Err) run)
    {
        Assert.InRange(run.Code, 0, 1);
        Assert.DoesNotContain("internal error", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    /// <summary>
    /// A valid file damaged one to five times: a byte overwritten, the rest cut off, or a few of
    /// <paramref name="splice"/>'s bytes (the format's own punctuation) inserted.
    /// </summary>
    public static byte[] Mangled(byte[] seed, Random random, byte[] splice)
    {
        byte[] input = (byte[])seed.Clone();
        for (int k = random.Next(1, 6); k > 0 && input.Length > 0; k--)
        {
            int at = random.Next(input.Length);
            switch (random.Next(3))
            {
                case 0: input[at] = (byte)random.Next(256); break;
                case 1: input = input[..at]; break;
                default: input = [.. input[..at], .. splice[..random.Next(1, splice.Length + 1)], .. input[at..]]; break;
            }
        }
        return input;
    }
}
