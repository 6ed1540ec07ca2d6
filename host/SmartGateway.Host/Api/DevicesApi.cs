using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;
using SmartGateway.Host.Settings;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Api;

/// <summary>The 18 device slots (§4.1.7) and the RS485 scan.</summary>
public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Devices");

        api.MapGet("/devices", GetDevices).WithName(nameof(GetDevices)).WithSummary("All 18 device slots");
        api.MapPost("/devices/{slot:int}", DescribeDevice).WithName(nameof(DescribeDevice)).WithSummary("Set a device's description and location")
            .Accepts<DeviceDescriptionRequest>(MediaTypes.Json);

        // RS485 bus management.
        api.MapGet("/rs485/scan-devices", ScanRs485).WithName(nameof(ScanRs485)).WithSummary("Scan the RS485 bus for devices");
        api.MapPost("/rs485/set-parameters", SetRs485Parameters).WithName(nameof(SetRs485Parameters))
            .WithSummary("Set the RS485 line parameters of a scanned device").Accepts<Rs485SetParametersRequest>(MediaTypes.Json);
        return app;
    }

    /// <summary>
    /// The metering slots as Home Assistant's client indexes them (docs/SG-REST.md §4.2): a Bicom on RS485 occupies a
    /// metering index but is no meter, so its entry says "Not Detected" (the client skips it instead of logging
    /// "Unsupported device model") and names the relay under <c>bicom</c>; the right IR port's Bicom is listed as is,
    /// since the client drops that entry before indexing.
    /// </summary>
    public static Ok<DevicesResponse> GetDevices(IDeviceDirectory directory)
    {
        var entries = new List<DeviceEntry>(DeviceSlot.Count);
        foreach (DeviceSlot slot in directory.Slots)
        {
            bool rs485Bicom = slot.IsBicom && slot.Slot != DeviceSlot.RightIrSlot;
            entries.Add(rs485Bicom
                ? new DeviceEntry(slot.Interface, slot.Address, DeviceSlot.NotDetected, "", slot.Description, slot.Location, "",
                    new SlotBicom(slot.Model, slot.Serial, slot.SwVer))
                : new DeviceEntry(slot.Interface, slot.Address, slot.Model, slot.IsEmpty ? "" : slot.Serial,
                    slot.Description, slot.Location, slot.SwVer, null));
        }
        return TypedResults.Ok(new DevicesResponse(entries));
    }

    public static async Task<Results<Ok<DevicesResponse>, NotFound<ApiError>, BadRequest<ApiError>>> DescribeDevice(
        int slot, HttpRequest request, IDeviceDirectory directory)
    {
        if (slot is < 0 or >= DeviceSlot.Count) return ApiResults.NotFound($"slot {slot} is outside 0..{DeviceSlot.Count - 1}");
        (DeviceDescriptionRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, ApiJsonContext.Default.DeviceDescriptionRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        if (body.Description?.Length > 40 || body.Location?.Length > 40)
            return ApiResults.BadRequest("description and location hold at most 40 characters (holding registers 101–140)");
        directory.Describe(slot, body.Description, body.Location);
        return GetDevices(directory);
    }

    public static async Task<Results<Ok<Rs485ScanResponse>, JsonHttpResult<ApiError>>> ScanRs485(
        Rs485ScanGate scans, CancellationToken cancellationToken)
    {
        try
        {
            IReadOnlyList<DetectedDevice> found = await scans.ScanAsync(cancellationToken);
            var devices = found.Select(d => new ScannedDevice(d.Model, d.Serial, d.Address, d.BaudRate, d.Parity, d.StopBits)).ToList();
            return TypedResults.Ok(new Rs485ScanResponse(devices));
        }
        catch (DeviceException exception)
        {
            return ApiResults.Error(502, "RS485 scan failed", exception.Message);
        }
    }

    /// <summary>Stores the RS485 line parameters the gateway uses. Writing new parameters into the device
    /// itself needs its register map and belongs to the Modbus driver (branch `modbus`) once wired.</summary>
    public static async Task<Results<Ok<Rs485LineResponse>, BadRequest<ApiError>>> SetRs485Parameters(
        HttpRequest request, SettingsStore settings)
    {
        (Rs485SetParametersRequest? body, string? error) = await ApiResults.ReadJsonAsync(request, ApiJsonContext.Default.Rs485SetParametersRequest);
        if (body is null) return ApiResults.BadRequest(error!);
        if (body.Address is < 1 or > 247) return ApiResults.BadRequest("address must be 1..247");
        if (body.Slot is < 1 or > 16) return ApiResults.BadRequest("slot must be RS485 device 1..16");
        RS485Settings line = settings.Current.Rs485 with
        {
            BaudRate = body.BaudRate ?? settings.Current.Rs485.BaudRate,
            Parity = body.Parity ?? settings.Current.Rs485.Parity,
            StopBits = body.StopBits ?? settings.Current.Rs485.StopBits,
        };
        GatewaySettings updated = settings.Current with { Rs485 = line };
        if (Settings.SettingsPatch.Validate(updated) is string invalid) return ApiResults.BadRequest(invalid);
        settings.Save(updated);
        return TypedResults.Ok(new Rs485LineResponse(line.BaudRate, line.Parity, line.StopBits));
    }
}
