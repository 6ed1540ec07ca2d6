using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SmartGateway.Tests.Shared;

/// <summary>
/// Home Assistant's Iskra client library (pyiskra and pymodbus, vendored unmodified in tests/clients) driven the way
/// the integration drives it, by tests/clients/home_assistant_flow.py under Debian's Python. Linked into every test
/// project that runs it.
/// </summary>
internal static class HomeAssistantFlow
{
    private const string Python = "/usr/bin/python3";

    /// <summary>The flow's JSON; fails the test with the client's output when it raised or logged a warning or error.</summary>
    public static async Task<JsonNode> RunAsync(params string[] arguments)
    {
        RequireAiohttp();
        var start = new ProcessStartInfo(Python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-B"); // no __pycache__ in the repository
        start.ArgumentList.Add(Path.Combine(ClientsDirectory, "home_assistant_flow.py"));
        foreach (string a in arguments) start.ArgumentList.Add(a);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        string output = await stdout, errors = await stderr;
        Assert.True(process.ExitCode == 0, $"pyiskra ({string.Join(' ', arguments)}) exited {process.ExitCode}:\n{errors}\n{output}");
        return JsonNode.Parse(output)!;
    }

    private static string ClientsDirectory => Repository.RepoFile("tests/clients");

    /// <summary>pyiskra imports its REST adapter, and so aiohttp, whichever adapter is used.</summary>
    private static void RequireAiohttp()
    {
        var start = new ProcessStartInfo(Python, "-c \"import aiohttp\"") { UseShellExecute = false, RedirectStandardError = true };
        using Process? process = File.Exists(Python) ? Process.Start(start) : null;
        process?.WaitForExit(20_000);
        if (process is not { ExitCode: 0 })
            throw new InvalidOperationException($"{Python} cannot import aiohttp, which pyiskra needs: install Debian's python3-aiohttp (.ci/run does)");
    }
}
