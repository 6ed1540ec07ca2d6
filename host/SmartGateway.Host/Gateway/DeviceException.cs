namespace SmartGateway.Host.Gateway;

/// <summary>A device could not do what was asked (no such device, timeout, Modbus exception response).</summary>
public sealed class DeviceException(string message) : Exception(message);
