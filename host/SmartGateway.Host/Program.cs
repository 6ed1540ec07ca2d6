using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SmartGateway.Host;
using SmartGateway.Host.Storage;

if (args.Length > 0 && args[0] == WriteStress.Verb) return WriteStress.Run(args[1..]);

// appsettings.json is read from beside the program, wherever it is started from.
WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddGateway();
WebApplication app = builder.Build();
app.MapGateway();

app.Lifetime.ApplicationStarted.Register(() =>
{
    ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (string address in addresses) Console.WriteLine($"SmartGateway listening on {address}");
});
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
