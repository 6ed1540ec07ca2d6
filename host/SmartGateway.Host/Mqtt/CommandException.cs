namespace SmartGateway.Host.Mqtt;

/// <summary>A command was malformed or could not be carried out; the message goes back as an error reply.</summary>
public sealed class CommandException(string message) : Exception(message);
