namespace SmartGateway.Host.Tests.Support;

/// <summary>The built-in simulated site as the gateway lists it (host/SmartGateway.Simulator/Site/DemoSite.cs).</summary>
internal static class DemoHouse
{
    /// <summary>Serial numbers of every device the gateway identifies on the demo house, in slot order.</summary>
    public static readonly string[] Serials = ["10006494", "BI000001", "W4192432", "W4170632", "BI001487", "W1000035"];

    /// <summary>
    /// The API answers before the lines are identified and devices appear as they answer: waits until all are listed,
    /// as a user who opens the device page a moment later sees them.
    /// </summary>
    public static async Task WaitForDevicesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while (true)
        {
            string devices = await http.GetStringAsync("/api/devices", cancellationToken);
            if (Serials.All(s => devices.Contains($"\"{s}\"", StringComparison.Ordinal))) return;
            await Task.Delay(50, cancellationToken);
        }
    }
}
