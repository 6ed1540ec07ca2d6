using System;
using System.Text;
using SmartGateway.Runtime.Execution;
using SmartGateway.Runtime.Values;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// Decodes an image and checks its structure: the envelope (magic, version, length, CRC-32), section bounds, table
/// fields. Code is checked by <see cref="Verifier"/>; each check lives in exactly one of the two.
/// </summary>
public static class ImageReader
{
    public static VerifyResult Read(byte[] bytes, out Image? image)
    {
        image = null;
        VerifyError envelope = ImageEnvelope.Check(bytes, ImageFormat.HeaderSize, ImageFormat.Magic0, ImageFormat.Magic1,
            ImageFormat.Magic2, ImageFormat.Magic3, ImageFormat.Version, out int envelopeOffset);
        if (envelope != VerifyError.None) return Fail(envelope, envelopeOffset);
        uint crc = LittleEndian.U32(bytes, ImageEnvelope.CrcOffset);
        if (LittleEndian.U16(bytes, ImageFormat.ReservedOffset) != 0)
        {
            return Fail(VerifyError.ReservedNotZero, ImageFormat.ReservedOffset);
        }

        var img = new Image();
        img.Bytes = bytes;
        img.Crc = crc;
        int stringCount = LittleEndian.U16(bytes, ImageFormat.StringCountOffset);
        int constantCount = LittleEndian.U16(bytes, ImageFormat.ConstantCountOffset);
        int inputCount = LittleEndian.U16(bytes, ImageFormat.InputCountOffset);
        int actionCount = LittleEndian.U16(bytes, ImageFormat.ActionCountOffset);
        int automationCount = LittleEndian.U16(bytes, ImageFormat.AutomationCountOffset);
        img.HysteresisSlots = LittleEndian.U16(bytes, ImageFormat.HysteresisSlotsOffset);
        img.TimerSlots = LittleEndian.U16(bytes, ImageFormat.TimerSlotsOffset);
        img.MaxStack = LittleEndian.U16(bytes, ImageFormat.MaxStackOffset);
        img.MaxActions = LittleEndian.U16(bytes, ImageFormat.MaxActionsOffset);
        uint codeLength = LittleEndian.U32(bytes, ImageFormat.CodeLengthOffset);
        if (img.MaxStack > Limits.MaxStack) return Fail(VerifyError.LimitExceeded, ImageFormat.MaxStackOffset);
        if (img.MaxActions > Limits.MaxActions) return Fail(VerifyError.LimitExceeded, ImageFormat.MaxActionsOffset);

        int at = ImageFormat.HeaderSize;
        img.Strings = new string[stringCount];
        for (int i = 0; i < stringCount; i++)
        {
            if (at + 2 > bytes.Length) return Fail(VerifyError.SectionOutOfBounds, at);
            int len = LittleEndian.U16(bytes, at);
            if (len > Limits.MaxStringBytes) return Fail(VerifyError.LimitExceeded, at);
            at += 2;
            if (at + len > bytes.Length) return Fail(VerifyError.SectionOutOfBounds, at);
            if (!IsUtf8(bytes, at, len)) return Fail(VerifyError.BadString, at);
            img.Strings[i] = len == 0 ? "" : Encoding.UTF8.GetString(bytes, at, len);
            at += len;
        }

        if (!Fits(bytes, at, constantCount, 8)) return Fail(VerifyError.SectionOutOfBounds, at);
        img.Constants = new long[constantCount];
        for (int i = 0; i < constantCount; i++)
        {
            img.Constants[i] = LittleEndian.I64(bytes, at);
            at += 8;
        }

        if (!Fits(bytes, at, inputCount, 2)) return Fail(VerifyError.SectionOutOfBounds, at);
        img.Inputs = new string[inputCount];
        for (int i = 0; i < inputCount; i++)
        {
            int s = LittleEndian.U16(bytes, at);
            if (s >= stringCount) return Fail(VerifyError.StringIndexOutOfRange, at);
            img.Inputs[i] = img.Strings[s];
            at += 2;
        }

        if (!Fits(bytes, at, actionCount, ImageFormat.ActionRecordSize)) return Fail(VerifyError.SectionOutOfBounds, at);
        img.Actions = new ActionEntry[actionCount];
        for (int i = 0; i < actionCount; i++)
        {
            VerifyResult r = ReadAction(bytes, at, img, out ActionEntry? action);
            if (action == null) return r;
            img.Actions[i] = action;
            at += ImageFormat.ActionRecordSize;
        }

        if (!Fits(bytes, at, automationCount, ImageFormat.AutomationRecordSize))
        {
            return Fail(VerifyError.SectionOutOfBounds, at);
        }
        img.Automations = new AutomationEntry[automationCount];
        for (int i = 0; i < automationCount; i++)
        {
            VerifyResult r = ReadAutomation(bytes, at, img, out AutomationEntry? automation);
            if (automation == null) return r;
            img.Automations[i] = automation;
            at += ImageFormat.AutomationRecordSize;
        }

        if (codeLength > (uint)(bytes.Length - at)) return Fail(VerifyError.SectionOutOfBounds, at);
        img.CodeOffset = at;
        img.Code = new byte[codeLength];
        Array.Copy(bytes, at, img.Code, 0, (int)codeLength);
        at += (int)codeLength;
        if (at != bytes.Length) return Fail(VerifyError.TrailingBytes, at);

        image = img;
        return VerifyResult.Valid;
    }

    private static VerifyResult ReadAction(byte[] b, int at, Image img, out ActionEntry? action)
    {
        action = null;
        var a = new ActionEntry();
        byte kind = b[at];
        byte b1 = b[at + 1];
        byte b2 = b[at + 2];
        byte b3 = b[at + 3];
        int w1 = LittleEndian.U16(b, at + 4);
        int w2 = LittleEndian.U16(b, at + 6);
        int w3 = LittleEndian.U16(b, at + 8);
        int w4 = LittleEndian.U16(b, at + 10);
        if (kind == (byte)ActionKind.Bicom)
        {
            if (b1 >= BicomFunctions.Count) return Fail(VerifyError.BadActionField, at + 1);
            if (b2 != 0 || b3 != 0 || w2 != 0 || w3 != 0 || w4 != 0) return Fail(VerifyError.ReservedNotZero, at);
            if (w1 >= img.Strings.Length) return Fail(VerifyError.StringIndexOutOfRange, at + 4);
            a.Kind = ActionKind.Bicom;
            a.BicomFunction = (BicomFunction)b1;
            a.Target = img.Strings[w1];
        }
        else if (kind == (byte)ActionKind.Modbus)
        {
            if (b1 != 6 && b1 != 16) return Fail(VerifyError.BadActionField, at + 1);
            if (b2 >= RegisterTypes.Count) return Fail(VerifyError.BadActionField, at + 2);
            // FC6 writes exactly one register, so it cannot carry a 32-bit value.
            if (b1 == 6 && RegisterTypes.Words((RegisterType)b2) != 1) return Fail(VerifyError.BadActionField, at + 1);
            if (b3 < 1 || b3 > 247) return Fail(VerifyError.BadActionField, at + 3);
            if (w2 >= img.Constants.Length) return Fail(VerifyError.ConstantIndexOutOfRange, at + 6);
            if (w3 != 0 || w4 != 0) return Fail(VerifyError.ReservedNotZero, at + 8);
            if (w1 + RegisterTypes.Words((RegisterType)b2) > 65536) return Fail(VerifyError.BadActionField, at + 4);
            a.Kind = ActionKind.Modbus;
            a.FunctionCode = b1;
            a.ValueType = (RegisterType)b2;
            a.Address = b3;
            a.Register = w1;
            a.Value = img.Constants[w2];
        }
        else if (kind == (byte)ActionKind.Mqtt)
        {
            if (b1 != 1 && b1 != 2) return Fail(VerifyError.BadActionField, at + 1);
            if (b2 != 0 || b3 != 0 || w3 != 0 || w4 != 0) return Fail(VerifyError.ReservedNotZero, at);
            if (w1 >= img.Strings.Length) return Fail(VerifyError.StringIndexOutOfRange, at + 4);
            if (w2 >= img.Strings.Length) return Fail(VerifyError.StringIndexOutOfRange, at + 6);
            a.Kind = ActionKind.Mqtt;
            a.Link = b1;
            a.Subtopic = img.Strings[w1];
            a.Message = img.Strings[w2];
        }
        else
        {
            return Fail(VerifyError.UnknownActionKind, at);
        }
        action = a;
        return VerifyResult.Valid;
    }

    private static VerifyResult ReadAutomation(byte[] b, int at, Image img, out AutomationEntry? automation)
    {
        automation = null;
        int name = LittleEndian.U16(b, at);
        if (name >= img.Strings.Length) return Fail(VerifyError.StringIndexOutOfRange, at);
        byte flags = b[at + 2];
        if ((flags & ~(ImageFormat.AutomationEnabled | ImageFormat.AutomationContinuous)) != 0)
        {
            return Fail(VerifyError.BadAutomationFlags, at + 2);
        }
        if (b[at + 3] != 0) return Fail(VerifyError.ReservedNotZero, at + 3);
        var a = new AutomationEntry();
        a.Name = img.Strings[name];
        a.Enabled = (flags & ImageFormat.AutomationEnabled) != 0;
        a.Continuous = (flags & ImageFormat.AutomationContinuous) != 0;
        a.MinOnTicks = LittleEndian.U32(b, at + 4);
        a.MinOffTicks = LittleEndian.U32(b, at + 8);
        uint start = LittleEndian.U32(b, at + 12);
        uint end = LittleEndian.U32(b, at + 16);
        if (start > int.MaxValue || end > int.MaxValue) return Fail(VerifyError.CodeRangeInvalid, at + 12);
        a.CodeStart = (int)start;
        a.CodeEnd = (int)end;
        a.HysteresisStart = LittleEndian.U16(b, at + 20);
        a.HysteresisCount = LittleEndian.U16(b, at + 22);
        a.TimerStart = LittleEndian.U16(b, at + 24);
        a.TimerCount = LittleEndian.U16(b, at + 26);
        automation = a;
        return VerifyResult.Valid;
    }

    private static bool Fits(byte[] bytes, int at, int count, int size) => (long)at + (long)count * size <= bytes.Length;

    /// <summary>Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.</summary>
    internal static bool IsUtf8(byte[] b, int at, int len)
    {
        int i = at;
        int end = at + len;
        while (i < end)
        {
            int c = b[i];
            int extra;
            int min;
            if (c < 0x80) { i++; continue; }
            if (c >= 0xC2 && c <= 0xDF) { extra = 1; min = 0x80; c &= 0x1F; }
            else if (c >= 0xE0 && c <= 0xEF) { extra = 2; min = 0x800; c &= 0x0F; }
            else if (c >= 0xF0 && c <= 0xF4) { extra = 3; min = 0x10000; c &= 0x07; }
            else return false;
            if (i + extra > end - 1) return false;
            for (int k = 1; k <= extra; k++)
            {
                int cc = b[i + k];
                if ((cc & 0xC0) != 0x80) return false;
                c = (c << 6) | (cc & 0x3F);
            }
            if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
            i += extra + 1;
        }
        return true;
    }

    private static VerifyResult Fail(VerifyError e, int offset) => new VerifyResult(e, offset);
}
