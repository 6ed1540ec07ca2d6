namespace SmartGateway.Host.Tests.Support;

public static class LinkStatus
{
    /// <summary>Polls GET /api until link <paramref name="link"/>'s status satisfies <paramref name="done"/>.</summary>
    public static async Task<string> WaitForAsync(HttpClient client, int link, Func<string, bool> done)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        string status;
        do
        {
            status = (await client.GetJsonAsync("/api"))["status"]![$"link{link}_status"]!.GetValue<string>();
            if (done(status)) return status;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"link {link} status stayed \"{status}\"");
    }
}
