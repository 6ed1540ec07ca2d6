using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Runtime.Devices;

/// <summary>
/// The inductive/capacitive flag of a T7 power factor (byte 2 of its registers), read beside the value as a
/// companion input "PF.L1.capacitive" (1 capacitive, 0 inductive), so every interface can show "Ind"/"Cap" as the
/// meter says it. The value itself keeps its meaning for rules: |PF|, negative for export.
/// </summary>
public static class PowerFactorFlag
{
    public const string Suffix = ".capacitive";

    /// <summary>True for a measurement whose registers carry the flag.</summary>
    public static bool Has(Measurement m) => m.Encoding == RegisterEncoding.T7;

    /// <summary>The companion that reads the flag of a T7 power factor from the same registers.</summary>
    public static Measurement Companion(Measurement pf)
    {
        var flag = new Measurement();
        flag.Path = pf.Path + Suffix;
        flag.Table = pf.Table;
        flag.Register = pf.Register;
        flag.Encoding = RegisterEncoding.T7Capacitive;
        flag.Unit = "1";
        return flag;
    }
}
