namespace SmartGateway.Host.Tests.Support;

/// <summary>The built-in simulated site as the gateway lists it (host/SmartGateway.Simulator/Site/DemoSite.cs).</summary>
internal static class DemoHouse
{
    /// <summary>A device the gateway identifies: the Modbus address it answers at, its model and serial number.</summary>
    public sealed record Device(string Interface, int Address, string Model, string Serial)
    {
        public bool IsBicom => Model == "BI432";

        public override string ToString() => $"{Model} {Serial} at {Interface} {Address}";
    }

    /// <summary>Every device the gateway identifies on the demo house, in slot order.</summary>
    public static readonly Device[] Devices =
    [
        new("Left IR", 33, "IE38MD", "10006494"),  // the grid meter
        new("Right IR", 33, "BI432", "BI000001"),  // the non-essential loads' Bicom
        new("RS 485", 1, "WM3M4C", "W4192432"),    // the household circuits
        new("RS 485", 2, "WM3M4C", "W4170632"),    // the PV inverter
        new("RS 485", 32, "BI432", "BI001487"),    // the water heater's Bicom
        new("RS 485", 35, "WM1", "W1000035"),      // the water heater
    ];

    /// <summary>Serial numbers of <see cref="Devices"/>, in slot order.</summary>
    public static readonly string[] Serials = [.. Devices.Select(d => d.Serial)];

    /// <summary>The heat pump's HVAC controller (no identification block, so listed nowhere; reached by its address).</summary>
    public const int HvacAddress = 4;

    /// <summary>Its operating-mode holding register (manual §4.5.6.1), accepting 4 (normal) and 5 (eco).</summary>
    public const int HvacModeRegister = 3011;

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
