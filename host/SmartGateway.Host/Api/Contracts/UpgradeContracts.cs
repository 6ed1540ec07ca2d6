namespace SmartGateway.Host.Api.Contracts;

/// <summary>GET/PUT /api/upgrade, POST /api/upgrade/rollback. <paramref name="FirmwareUpgrade"/> is false: the host
/// runs on Linux and has no firmware to flash; bundles are its upgrade. <paramref name="Errors"/> say why a bundle
/// was refused ("automations.sgr(3,14): error SG1234: …").</summary>
public sealed record UpgradeResponse(
    bool Accepted, IReadOnlyList<string> Errors, bool FirmwareUpgrade, string SwVer, InstalledBundleEntry? Current, InstalledBundleEntry? Previous);

/// <summary>A bundle state: its version, when it was put in force and which parts it holds.</summary>
public sealed record InstalledBundleEntry(string Version, DateTimeOffset Installed, bool Automations, bool Tariffs, bool WebUi);
