using System.Text.Json.Nodes;

namespace SmartGateway.Host.Mqtt;

/// <summary>A message for <c>{root}/{publish}/{Subtopic}</c>.</summary>
public sealed record MqttReply(string Subtopic, JsonNode Payload);
