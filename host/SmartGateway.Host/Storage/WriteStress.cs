using System.Globalization;
using SmartGateway.Host.Settings;

namespace SmartGateway.Host.Storage;

/// <summary>`SmartGateway.Host write-stress DB COUNT`: appends numbered event-log records (and rewrites the
/// settings every tenth), each in its own transaction, printing "committed N" once N is durable. The crash
/// test kills this process with SIGKILL mid-stream and then inspects the file.</summary>
public static class WriteStress
{
    public const string Verb = "write-stress";

    public static int Run(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            Console.Error.WriteLine($"usage: SmartGateway.Host {Verb} DATABASE COUNT");
            return 64;
        }
        var database = new GatewayDatabase(args[0]);
        var log = new EventLog(database);
        var settings = new SettingsStore(database, new GatewaySettings());
        string padding = new string('x', 512);
        for (int n = 1; n <= count; n++)
        {
            long id = log.Append(EventLog.Info, "stress", $"record {n} {padding}");
            if (n % 10 == 0)
                settings.Save(settings.Current with { General = new GeneralSettings { Description = $"record {n}" } });
            Console.Out.WriteLine($"committed {id}");
            Console.Out.Flush();
        }
        return 0;
    }
}
