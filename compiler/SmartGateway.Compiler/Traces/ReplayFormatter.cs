using System.Globalization;
using System.Text;
using System.Text.Json;
using SmartGateway.Compiler.Formatting;
using SmartGateway.Runtime.Values;

namespace SmartGateway.Compiler.Traces;

/// <summary><see cref="ReplayReport"/> as a readable table (durations h:mm:ss) or as one JSON object (seconds).</summary>
public static class ReplayFormatter
{
    public static string Table(ReplayReport r)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{r.Ticks} ticks ({Duration(r.Ticks)})\n");
        if (r.Bicoms.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{"bicom",-16} {"commands",8} {"switches",8} {"on",10} {"off",10} {"unknown",10}  final\n");
            foreach ((string? target, ReplayReport.BicomStats? b) in r.Bicoms)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"{target,-16} {b.Commands,8} {b.Switches,8} {Duration(b.OnTicks),10} {Duration(b.OffTicks),10} {Duration(b.UnknownTicks),10}  {State(b.State)}\n");
            }
        }
        if (r.Registers.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{"modbus",-24} {"writes",8}  last\n");
            foreach (((int address, int register), ReplayReport.ModbusStats? m) in r.Registers)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"{$"{address} register {register}",-24} {m.Writes,8}  fc{m.FunctionCode} {RegisterTypes.Name(m.Type)} {Fixed.ToText(m.LastValue)}\n");
            }
        }
        if (r.Messages.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{"mqtt",-24} {"messages",8}\n");
            foreach (((int link, string? subtopic), int count) in r.Messages) sb.Append(CultureInfo.InvariantCulture, $"{$"link {link} {subtopic}",-24} {count,8}\n");
        }
        return sb.ToString();
    }

    public static string Json(ReplayReport r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonFormatter.Indented.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("ticks", r.Ticks);
            w.WriteStartArray("bicoms");
            foreach ((string? target, ReplayReport.BicomStats? b) in r.Bicoms)
            {
                w.WriteStartObject();
                w.WriteString("target", target);
                w.WriteNumber("commands", b.Commands);
                w.WriteNumber("switches", b.Switches);
                w.WriteNumber("on_seconds", b.OnTicks);
                w.WriteNumber("off_seconds", b.OffTicks);
                w.WriteNumber("unknown_seconds", b.UnknownTicks);
                w.WriteString("final", State(b.State));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("modbus");
            foreach (((int address, int register), ReplayReport.ModbusStats? m) in r.Registers)
            {
                w.WriteStartObject();
                w.WriteNumber("address", address);
                w.WriteNumber("register", register);
                w.WriteNumber("writes", m.Writes);
                w.WriteNumber("function", m.FunctionCode);
                w.WriteString("type", RegisterTypes.Name(m.Type));
                w.WritePropertyName("last_value");
                w.WriteRawValue(Fixed.ToText(m.LastValue));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("mqtt");
            foreach (((int link, string? subtopic), int count) in r.Messages)
            {
                w.WriteStartObject();
                w.WriteNumber("link", link);
                w.WriteString("subtopic", subtopic);
                w.WriteNumber("messages", count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string State(bool? state) => state switch { true => "on", false => "off", null => "unknown" };

    private static string Duration(long seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
}
