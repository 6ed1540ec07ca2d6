using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace SmartGateway.LoadTest;

/// <summary>The issue's attacks, each a bounded number of requests run one step after the other: one-line
/// JSON rule sets to convert (one past the rule source limit, one just under it), concurrent huge DSL bodies, concurrent chunked uploads, and the preview of the
/// largest rule set the gateway accepts.</summary>
public sealed class PathologicalBodies(Uri url, double scale, string dslType)
{
    private readonly List<string> _steps = [];

    public IReadOnlyList<string> Steps => _steps;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StepAsync("3× convert, one-line JSON 600 KB", 3, () => Post("/api/automations/convert?to=text",
                OneLineJson(600_000), "application/json"), cancellationToken);
            await StepAsync("3× convert, one-line JSON 250 KB", 3, () => Post("/api/automations/convert?to=text",
                OneLineJson(250_000), "application/json"), cancellationToken);
            await StepAsync($"3× POST /api/automations, DSL {Mb(25 * scale)}", 3, () => Post("/api/automations",
                Dsl((int)(25_000_000 * scale)), dslType), cancellationToken);
            await StepAsync($"48× chunked PUT /api/files, {Mb(29 * scale)} each", 48, () => ChunkedUpload((int)(29_000_000 * scale)), cancellationToken);
            await StepAsync("POST /api/automations, DSL 3 MB (28,000 automations)", 1, () => Post("/api/automations",
                Dsl(3_000_000), dslType), cancellationToken);
            await StepAsync("10× GET /api/automations/preview", 10, () => new HttpRequestMessage(HttpMethod.Get, "/api/automations/preview"), cancellationToken);
            await StepAsync("POST /api/automations, one automation again", 1, () => Post("/api/automations", Dsl(1), dslType), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _steps.Add("(stopped at the end of the run)");
        }
    }

    private async Task StepAsync(string name, int concurrent, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(120) };
        var watch = Stopwatch.StartNew();
        (int, long)[] outcomes = await Task.WhenAll(Enumerable.Range(0, concurrent).Select(async _ =>
        {
            try
            {
                using HttpResponseMessage response = await http.SendAsync(request(), cancellationToken);
                byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                return ((int)response.StatusCode, (long)body.Length);
            }
            catch (HttpRequestException)
            {
                // The gateway answered (413, 507) and closed before the body was all sent.
                return (-1, 0L);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (0, 0L);
            }
        }));
        string statuses = string.Join(", ", outcomes.GroupBy(o => o.Item1).OrderBy(g => g.Key).Select(g => $"{(g.Key switch { 0 => "timed out", -1 => "cut off while sending", _ => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) })}×{g.Count()}"));
        _steps.Add(FormattableString.Invariant($"{name}: {statuses}; largest answer {outcomes.Max(o => o.Item2):N0} B; {watch.Elapsed.TotalSeconds:F1} s"));
    }

    private static HttpRequestMessage Post(string path, string body, string contentType) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    /// <summary>A chunked body (no Content-Length), so the server cannot refuse it up front.</summary>
    private static HttpRequestMessage ChunkedUpload(int bytes)
    {
        var content = new StreamContent(new ZeroStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/files/load-{Guid.NewGuid():N}.bin") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    private static string OneLineJson(int bytes)
    {
        var sb = new StringBuilder("{\"version\":1,\"automations\":[");
        for (int n = 0; sb.Length < bytes; n++)
        {
            if (n > 0) sb.Append(',');
            sb.Append("{\"name\":\"A").Append(n).Append("\",\"enabled\":true,\"mode\":\"on_change\",\"condition\":{\"compare\":{\"inputs\":[{\"sign\":\"+\",\"input\":\"ir.left.P\"}],\"op\":\"<\",\"value\":5000,\"hysteresis\":200}},\"on_true\":[{\"bicom\":{\"target\":\"rs485.32\",\"function\":\"on\"}}],\"on_false\":[{\"bicom\":{\"target\":\"rs485.32\",\"function\":\"off\"}}]}");
        }
        return sb.Append("]}").ToString();
    }

    private static string Dsl(int bytes)
    {
        var sb = new StringBuilder();
        for (int n = 0; n == 0 || sb.Length < bytes; n++)
            sb.Append("automation \"A").Append(n).Append("\" on change { when ir.left.P < 5 kW ± 200 W then bicom rs485.32 on else bicom rs485.32 off }\n");
        return sb.ToString();
    }

    private static string Mb(double megabytes) => FormattableString.Invariant($"{megabytes:0.#} MB");
}
