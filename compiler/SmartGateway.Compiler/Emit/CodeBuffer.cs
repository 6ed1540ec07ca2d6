using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Compiler.Emit;

/// <summary>Growable code bytes with the clox emit helpers; tracks the stack depth as it writes.</summary>
internal sealed class CodeBuffer
{
    private byte[] _bytes = new byte[256];

    public int Length { get; private set; }

    public int Depth { get; private set; }

    public int MaxDepth { get; private set; }

    public void Emit(OpCode op)
    {
        Byte((byte)op);
        Depth += OpInfo.Pushes(op) - OpInfo.Pops(op);
        MaxDepth = Math.Max(MaxDepth, Depth);
    }

    public void Byte(byte b)
    {
        if (Length == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
        _bytes[Length++] = b;
    }

    public void U16(int v)
    {
        Byte((byte)v);
        Byte((byte)(v >> 8));
    }

    public void U32(long v)
    {
        U16((int)(v & 0xFFFF));
        U16((int)((v >> 16) & 0xFFFF));
    }

    /// <summary>Writes a jump with a placeholder offset; returns the patch site.</summary>
    public int EmitJump(OpCode op, byte? branch = null)
    {
        Emit(op);
        if (branch is byte b) Byte(b);
        int site = Length;
        U16(0);
        return site;
    }

    /// <summary>Points the jump at <paramref name="site"/> to the current end. False if it is too far.</summary>
    public bool PatchJump(int site)
    {
        int offset = Length - (site + 2);
        if (offset > ushort.MaxValue) return false;
        LittleEndian.PutU16(_bytes, site, offset);
        return true;
    }

    public void CopyTo(byte[] target, int at) => Array.Copy(_bytes, 0, target, at, Length);
}
