namespace SmartGateway.Host.Api.Contracts;

/// <summary>Every error answer: the shape of RFC 9457 problem details, served as application/json.</summary>
public sealed record ApiError(string Title, int Status, string Detail);
