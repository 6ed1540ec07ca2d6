using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Rules;
using SmartGateway.Host.Storage;
using SmartGateway.Host.Upgrade;

namespace SmartGateway.Host.Api;

/// <summary>Upgrade (§4.1.9) as the host does it: the host cannot flash firmware, so a bundle of automations,
/// tariff calendar and web UI is verified, then swapped in, with the previous state kept for rollback.</summary>
public static class UpgradeApi
{
    public static IEndpointRouteBuilder MapUpgradeApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/upgrade").WithTags("Upgrade");
        api.MapGet("", GetUpgrade).WithName(nameof(GetUpgrade)).WithSummary("Versions: the host's, the bundle in force and the one a rollback restores");
        api.MapPut("", PutUpgrade).WithName(nameof(PutUpgrade))
            .WithSummary($"Install a bundle (zip: bundle.json, automations.sgr|json, tariffs.sgt|json, webui/…; at most {UpgradeBundle.MaxBytes} bytes)")
            .Accepts<byte[]>(MediaTypes.Binary, "application/zip").WithBodyLimit(UpgradeBundle.MaxBytes);
        api.MapPost("/rollback", Rollback).WithName(nameof(Rollback)).WithSummary("Put back what was in force before the last install");
        return app;
    }

    public static Ok<UpgradeResponse> GetUpgrade(UpgradeManager upgrades, Configuration.GatewayIdentity identity) =>
        TypedResults.Ok(Answer(upgrades, identity, true, []));

    /// <summary>422 with every reason when any part fails verification: nothing changes.</summary>
    public static async Task<Results<Ok<UpgradeResponse>, UnprocessableEntity<UpgradeResponse>, BadRequest<ApiError>>> PutUpgrade(
        HttpRequest request, UpgradeManager upgrades, CompileGate gate, Configuration.GatewayIdentity identity, EventLog log)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length == 0) return ApiResults.BadRequest("the body must be the bundle (a zip file)");
        (UpgradeBundle? bundle, IReadOnlyList<string>? errors) = await gate.RunAsync(token => UpgradeBundle.Read(buffer.ToArray(), token), request.HttpContext.RequestAborted);
        if (bundle is null)
        {
            log.Append(EventLog.Error, "upgrade", "bundle refused: " + errors[0]);
            return TypedResults.UnprocessableEntity(Answer(upgrades, identity, false, errors));
        }
        IReadOnlyList<string> swapErrors = await upgrades.InstallAsync(bundle, request.HttpContext.RequestAborted);
        log.Append(swapErrors.Count == 0 ? EventLog.Info : EventLog.Error, "upgrade",
            swapErrors.Count == 0 ? $"bundle {bundle.Version} installed" : $"bundle {bundle.Version} refused while swapping: {swapErrors[0]}");
        return swapErrors.Count == 0
            ? TypedResults.Ok(Answer(upgrades, identity, true, []))
            : TypedResults.UnprocessableEntity(Answer(upgrades, identity, false, swapErrors));
    }

    public static async Task<Results<Ok<UpgradeResponse>, UnprocessableEntity<UpgradeResponse>, JsonHttpResult<ApiError>>> Rollback(
        HttpRequest request, UpgradeManager upgrades, Configuration.GatewayIdentity identity, EventLog log)
    {
        (bool done, IReadOnlyList<string>? errors) = await upgrades.RollbackAsync(request.HttpContext.RequestAborted);
        if (!done) return ApiResults.Error(409, "Conflict", "no bundle was installed: there is nothing to roll back to");
        log.Append(errors.Count == 0 ? EventLog.Info : EventLog.Error, "upgrade",
            errors.Count == 0 ? $"rolled back to {upgrades.State.Current?.Version}" : $"rollback refused: {errors[0]}");
        return errors.Count == 0 ? TypedResults.Ok(Answer(upgrades, identity, true, [])) : TypedResults.UnprocessableEntity(Answer(upgrades, identity, false, errors));
    }

    private static UpgradeResponse Answer(UpgradeManager upgrades, Configuration.GatewayIdentity identity, bool accepted, IReadOnlyList<string> errors)
    {
        UpgradeState state = upgrades.State;
        return new UpgradeResponse(accepted, errors, FirmwareUpgrade: false, identity.SwVer, Entry(state.Current), Entry(state.Previous));
    }

    private static InstalledBundleEntry? Entry(InstalledBundle? b) =>
        b is null ? null : new InstalledBundleEntry(b.Version, b.Installed, b.Automations != null, b.Tariffs != null, b.WebUiDirectory != null);
}
