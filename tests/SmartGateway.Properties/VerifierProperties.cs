using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Properties;

/// <summary>
/// The verifier accepts everything the compiler emits, and for any corruption of an image either
/// refuses it or accepts something the interpreter runs without fault (wasm3's contract).
/// </summary>
public class VerifierProperties
{
    public sealed record Mutation(byte[] Original, int Offset, byte Value, int Truncate, bool FixChecksum)
    {
        public byte[] Apply()
        {
            byte[] bytes = (byte[])Original.Clone();
            bytes[Offset % bytes.Length] = Value;
            if (Truncate > 0) Array.Resize(ref bytes, Math.Max(0, bytes.Length - Truncate));
            if (FixChecksum && bytes.Length >= ImageFormat.HeaderSize)
            {
                ImageEnvelope.Seal(bytes);
            }
            return bytes;
        }

        public override string ToString() => $"offset {Offset % Original.Length} := {Value}, truncate {Truncate}, fix crc {FixChecksum}";
    }

    private static readonly Gen<Mutation> Mutations =
        from rules in RuleGen.RuleSet()
        let image = Engines.Compile(rules)
        from offset in Gen.Choose(0, int.MaxValue)
        from value in Gen.Choose(0, 255).Select(v => (byte)v)
        from truncate in RuleGen.Weighted((4, Gen.Constant(0)), (1, Gen.Choose(1, 16)))
        from fix in RuleGen.Weighted((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        select new Mutation(image, offset, value, truncate, fix);

    [Property(MaxTest = 2000)]
    public Property EveryCompilerOutputVerifies() =>
        Prop.ForAll(Arb.From(RuleGen.RuleSet()), rules =>
        {
            VerifyResult verdict = Verifier.Load(Engines.Compile(rules), out Image? image);
            Assert.True(verdict.IsValid, verdict.ToString());
            Assert.NotNull(image);
        });

    [Property(MaxTest = 5000)]
    public Property CorruptedImagesAreRefusedOrRunSafely() =>
        Prop.ForAll(Arb.From(Mutations), m =>
        {
            byte[] bytes = m.Apply();
            VerifyResult verdict = Verifier.Load(bytes, out Image? image);
            bool unchanged = bytes.AsSpan().SequenceEqual(m.Original);
            if (!m.FixChecksum && !unchanged) Assert.False(verdict.IsValid, "a corrupted image passed its checksum");
            if (image == null) return;
            var interpreter = new Interpreter(image);
            Snapshot snapshot = interpreter.NewSnapshot();
            var random = new Random(m.Offset);
            for (int t = 0; t < 8; t++)
            {
                for (int i = 0; i < snapshot.Count; i++)
                {
                    if (random.Next(4) == 0) snapshot.SetInvalid(i);
                    else snapshot.Set(i, random.NextInt64(long.MinValue, long.MaxValue));
                }
                interpreter.Tick(snapshot);
                Assert.InRange(interpreter.Actions.Count, 0, image.MaxActions);
            }
        });

    [Property(MaxTest = 2000)]
    public Property EveryTruncationIsRefused() =>
        Prop.ForAll(Arb.From(from rules in RuleGen.RuleSet() from cut in Gen.Choose(1, 1000) select (Engines.Compile(rules), cut)), c =>
        {
            (byte[]? image, int cut) = c;
            byte[] truncated = image[..Math.Max(0, image.Length - cut)];
            Assert.False(Verifier.Load(truncated, out _).IsValid);
        });
}
