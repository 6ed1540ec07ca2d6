using SmartGateway.Compiler;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Tests;

/// <summary>Compiled images to corrupt on purpose, with the helpers to patch bytes and keep the CRC valid.</summary>
internal static class ImageFixture
{
    /// <summary>
    /// The manual's HVAC rule. Code: 0 LOAD, 3 CMP (op +1, value +2, hysteresis +4, slot +6), 11 DECIDE,
    /// 12 JUMP_UNLESS (branch +1, offset +2), 16/19/22 ACT, 25 JUMP (offset +1), 28 JUMP_UNLESS, 32/35/38 ACT.
    /// </summary>
    public const string Hvac = """
        automation "HVAC eco mode" on change {
          when ir.left.P > 10 kW ± 500 W
          then { modbus 4 write 3011 int16 5; bicom ir.right off; mqtt 1 "status" "ECO mode turned on" }
          else { modbus 4 write 3011 int16 4; bicom ir.right on; mqtt 1 "status" "ECO mode turned off" }
        }
        """;

    public static byte[] Compile(string source)
    {
        CompilationResult result = Compilation.Compile("test.sgr", source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Image!;
    }

    public static Image Load(byte[] bytes)
    {
        VerifyResult verdict = Verifier.Load(bytes, out Image? image);
        Assert.True(verdict.IsValid, verdict.ToString());
        return image!;
    }

    public static int CodeOffset(byte[] bytes) => Load(bytes).CodeOffset;

    public static int ActionsOffset(byte[] bytes)
    {
        Image image = Load(bytes);
        return image.CodeOffset - image.Automations.Length * ImageFormat.AutomationRecordSize - image.Actions.Length * ImageFormat.ActionRecordSize;
    }

    public static int AutomationsOffset(byte[] bytes)
    {
        Image image = Load(bytes);
        return image.CodeOffset - image.Automations.Length * ImageFormat.AutomationRecordSize;
    }

    public static byte[] Resealed(byte[] bytes)
    {
        ImageEnvelope.Seal(bytes);
        return bytes;
    }
}
