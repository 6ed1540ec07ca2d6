using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SmartGateway.Host.Tests.Support;

/// <summary>HTTP/1.1 by hand over a socket, for what HttpClient cannot show: the answer to a chunked body that
/// never ends. The answer is read while the body is still being sent, so a server that answers early and
/// closes is heard before its reset arrives.</summary>
public static class RawHttp
{
    /// <summary>Sends chunks until the server answers (or <paramref name="giveUpAfter"/> bytes went out).</summary>
    public static async Task<(int Status, JsonNode? Body, long Sent)> SendEndlessAsync(Uri server, string method, string path, string contentType,
        long giveUpAfter = 256L << 20)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port);
        using var stream = new NetworkStream(socket, ownsSocket: false);
        string head = $"{method} {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        Task<string> answer = ReadAnswerAsync(stream);
        byte[] chunk = Encoding.ASCII.GetBytes($"{64 * 1024:x}\r\n" + new string('#', 64 * 1024) + "\r\n");
        long sent = 0;
        try
        {
            while (!answer.IsCompleted && sent < giveUpAfter)
            {
                await stream.WriteAsync(chunk);
                sent += 64 * 1024;
            }
        }
        catch (IOException)
        {
            // The server stopped reading; its answer is on the way or already read.
        }
        string text = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        int status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        string body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return (status, body.Length > 0 ? JsonNode.Parse(Dechunk(text, body)) : null, sent);
    }

    private static async Task<string> ReadAnswerAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        byte[] buffer = new byte[8192];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
                if (Complete(Encoding.UTF8.GetString(received.ToArray()))) break;
            }
        }
        catch (IOException)
        {
            // Reset after the answer.
        }
        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static bool Complete(string text)
    {
        int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        string headers = text[..end];
        string body = text[(end + 4)..];
        foreach (string line in headers.Split("\r\n"))
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                return Encoding.UTF8.GetByteCount(body) >= int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return body.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    private static string Dechunk(string text, string body)
    {
        if (!text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Contains("chunked", StringComparison.OrdinalIgnoreCase)) return body;
        var result = new StringBuilder();
        int at = 0;
        while (true)
        {
            int lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            int size = Convert.ToInt32(body[at..lineEnd], 16);
            if (size == 0) return result.ToString();
            result.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
