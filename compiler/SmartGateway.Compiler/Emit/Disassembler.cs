using System.Text;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Emit;

/// <summary>
/// Prints an image readably: header, pools, actions, then each automation's code, one instruction a
/// line with its offset. One case per opcode, one helper per operand shape (clox's debug.c).
/// </summary>
public static class Disassembler
{
    public static string Disassemble(Image image)
    {
        var sb = new StringBuilder();
        sb.Append($"image v{ImageFormat.Version}, {image.Bytes.Length} bytes, crc {image.Crc:x8}\n");
        sb.Append($"stack {image.MaxStack}, action queue {image.MaxActions}, hysteresis slots {image.HysteresisSlots}, timer slots {image.TimerSlots}\n");
        sb.Append("\ninputs\n");
        for (int i = 0; i < image.Inputs.Length; i++) sb.Append($"  #{i,-4} {image.Inputs[i]}\n");
        sb.Append("\nconstants\n");
        for (int i = 0; i < image.Constants.Length; i++) sb.Append($"  #{i,-4} {Fixed.ToText(image.Constants[i])}\n");
        sb.Append("\nactions\n");
        for (int i = 0; i < image.Actions.Length; i++) sb.Append($"  #{i,-4} {Describe(image.Actions[i])}\n");
        for (int i = 0; i < image.Automations.Length; i++)
        {
            AutomationEntry a = image.Automations[i];
            sb.Append($"\nautomation {i} \"{a.Name}\" {(a.Continuous ? "continuous" : "on change")}{(a.Enabled ? "" : " disabled")}");
            if (a.MinOnTicks > 0) sb.Append($" min_on {a.MinOnTicks}");
            if (a.MinOffTicks > 0) sb.Append($" min_off {a.MinOffTicks}");
            sb.Append($"  [code {a.CodeStart}..{a.CodeEnd}, hysteresis {a.HysteresisStart}+{a.HysteresisCount}, timers {a.TimerStart}+{a.TimerCount}]\n");
            int pc = a.CodeStart;
            while (pc < a.CodeEnd)
            {
                pc = Instruction(image, pc, sb);
            }
        }
        return sb.ToString();
    }

    public static string Describe(ActionEntry a) => a.Kind switch
    {
        ActionKind.Bicom => $"bicom {a.Target} {BicomFunctions.Name(a.BicomFunction)}",
        ActionKind.Modbus => $"modbus {a.Address} fc{a.FunctionCode} register {a.Register} {RegisterTypes.Name(a.ValueType)} {Fixed.ToText(a.Value)}",
        _ => $"mqtt link {a.Link} \"{a.Subtopic}\" \"{a.Message}\"",
    };

    /// <summary>Appends one instruction at <paramref name="pc"/>; returns the next offset.</summary>
    public static int Instruction(Image image, int pc, StringBuilder sb)
    {
        byte[] code = image.Code;
        var op = (OpCode)code[pc];
        sb.Append($"  {pc:D4}  {OpInfo.Name(op),-12}");
        if (!OpInfo.IsKnown(code[pc]) || pc + 1 + OpInfo.OperandBytes(op) > code.Length)
        {
            sb.Append($"?? 0x{code[pc]:x2}\n");
            return code.Length;
        }
        switch (op)
        {
            case OpCode.Load:
                IndexOperand(sb, code, pc + 1, image.Inputs);
                break;
            case OpCode.Compare:
                int slot = LittleEndian.U16(code, pc + 6);
                sb.Append($"{CompareOps.Symbol((CompareOp)code[pc + 1])} {Constant(image, code, pc + 2)} ± {Constant(image, code, pc + 4)}");
                sb.Append(slot == ImageFormat.NoSlot ? "" : $"  slot {slot}");
                break;
            case OpCode.For:
                sb.Append($"timer {LittleEndian.U16(code, pc + 1)} for {LittleEndian.U32(code, pc + 3)} ticks");
                break;
            case OpCode.JumpUnless:
                sb.Append($"{(code[pc + 1] == 1 ? "true" : "false")} → {pc + 4 + LittleEndian.U16(code, pc + 2):D4}");
                break;
            case OpCode.Jump:
                sb.Append($"→ {pc + 3 + LittleEndian.U16(code, pc + 1):D4}");
                break;
            case OpCode.Act:
                int action = LittleEndian.U16(code, pc + 1);
                sb.Append($"#{action}");
                if (action < image.Actions.Length) sb.Append($"  ({Describe(image.Actions[action])})");
                break;
        }
        sb.Append('\n');
        return pc + 1 + OpInfo.OperandBytes(op);
    }

    private static void IndexOperand(StringBuilder sb, byte[] code, int at, string[] names)
    {
        int i = LittleEndian.U16(code, at);
        sb.Append($"#{i}");
        if (i < names.Length) sb.Append($"  ({names[i]})");
    }

    private static string Constant(Image image, byte[] code, int at)
    {
        int i = LittleEndian.U16(code, at);
        return i < image.Constants.Length ? Fixed.ToText(image.Constants[i]) : $"#{i}?";
    }
}
