using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SmartGateway.Host.Api.Contracts;

/// <summary>Source-generated serialization for every wire shape (snake_case unless a contract names a member).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(GatewayResponse))]
[JsonSerializable(typeof(BlinkResponse))]
[JsonSerializable(typeof(WifiScanResponse))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(LoginResponse))]
[JsonSerializable(typeof(DevicesResponse))]
[JsonSerializable(typeof(DeviceDescriptionRequest))]
[JsonSerializable(typeof(Rs485ScanResponse))]
[JsonSerializable(typeof(Rs485SetParametersRequest))]
[JsonSerializable(typeof(Rs485LineResponse))]
[JsonSerializable(typeof(Rs485AddDevicesRequest))]
[JsonSerializable(typeof(Rs485DevicesResponse))]
[JsonSerializable(typeof(MeasurementsResponse))]
[JsonSerializable(typeof(ObjectMeasurementsResponse))]
[JsonSerializable(typeof(CountersResponse))]
[JsonSerializable(typeof(TariffCounterRequest))]
[JsonSerializable(typeof(TariffCountersResponse))]
[JsonSerializable(typeof(BicomsResponse))]
[JsonSerializable(typeof(BicomRequest))]
[JsonSerializable(typeof(BicomEntry))]
[JsonSerializable(typeof(AutomationsResponse))]
[JsonSerializable(typeof(AutomationEnabledRequest))]
[JsonSerializable(typeof(AutomationEnabledResponse))]
[JsonSerializable(typeof(SourceUpdateResponse))]
[JsonSerializable(typeof(ConvertResponse))]
[JsonSerializable(typeof(HistoryResponse))]
[JsonSerializable(typeof(TariffsResponse))]
[JsonSerializable(typeof(RecordersResponse))]
[JsonSerializable(typeof(RecorderDataResponse))]
[JsonSerializable(typeof(LoadProfileResponse))]
[JsonSerializable(typeof(EventsResponse))]
[JsonSerializable(typeof(FilesResponse))]
[JsonSerializable(typeof(UpgradeResponse))]
[JsonSerializable(typeof(PreviewResponse))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
