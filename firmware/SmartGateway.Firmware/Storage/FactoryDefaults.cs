using System.IO;
using SmartGateway.Firmware.Net;

namespace SmartGateway.Firmware.Storage;

/// <summary>Factory reset (§4.4.2): the gateway's files and the saved Wi-Fi station are erased; the caller reboots.</summary>
public static class FactoryDefaults
{
    private static readonly string[] Files =
    {
        FlashPaths.Config, FlashPaths.Rules, FlashPaths.RulesPrevious, FlashPaths.RulesStaged, FlashPaths.Tariffs, FlashPaths.PulseTotal,
    };

    public static void Restore()
    {
        for (int i = 0; i < Files.Length; i++) if (File.Exists(Files[i])) File.Delete(Files[i]);
        // Device maps are product data shipped with the firmware image's flash content, not user settings: kept.
        WifiProvisioning.ForgetStation();
    }
}
