namespace SmartGateway.Runtime.Bytecode;

/// <summary>
/// The instruction set. Values are part of the image format: append only, never renumber.
/// Operand widths, stack effects and names live in <see cref="OpInfo"/>.
/// </summary>
public enum OpCode : byte
{
    /// <summary>push input[u16] (its value and validity)</summary>
    Load = 0x01,
    /// <summary>pop b, a; push a + b (saturating; unknown if either is)</summary>
    Add = 0x02,
    /// <summary>pop b, a; push a − b (saturating; unknown if either is)</summary>
    Sub = 0x03,
    /// <summary>pop a; push −a (saturating)</summary>
    Neg = 0x04,
    /// <summary>op:u8 value:u16 hysteresis:u16 slot:u16 — pop x; push the hysteresis-resolved truth</summary>
    Compare = 0x05,
    /// <summary>timer:u16 ticks:u32 — pop r; push T only after r was T for ticks+1 consecutive ticks</summary>
    For = 0x06,
    /// <summary>pop b, a; push a ∧ b (Kleene)</summary>
    And = 0x07,
    /// <summary>pop b, a; push a ∨ b (Kleene)</summary>
    Or = 0x08,
    /// <summary>pop a; push ¬a (Kleene)</summary>
    Not = 0x09,
    /// <summary>pop r; apply min_on/min_off and the mode; set the branch register</summary>
    Decide = 0x0A,
    /// <summary>branch:u8 offset:u16 — jump forward by offset unless the branch register equals branch</summary>
    JumpUnless = 0x0B,
    /// <summary>offset:u16 — jump forward by offset</summary>
    Jump = 0x0C,
    /// <summary>action:u16 — queue action[u16]</summary>
    Act = 0x0D,
}
