using System.Threading.Channels;
using SmartGateway.Host.Storage;

namespace SmartGateway.Host.Rules;

/// <summary>
/// What the tick stores leaves the tick here: history rows and interpreter state saves go into a bounded queue that a
/// thread of its own writes to disk, so a slow disk or a busy database never holds the rule host's lock (which the
/// live preview and the API take). When the writer falls behind by <see cref="Capacity"/> items the oldest is dropped;
/// drops are counted and logged once the writer catches up.
/// </summary>
public sealed class TickWriter : IDisposable
{
    /// <summary>About two minutes of ticks: a row and every tenth tick a state save.</summary>
    public const int Capacity = 128;

    private readonly Channel<Action> _queue;
    private readonly InputHistory _history;
    private readonly StateStore _states;
    private readonly EventLog _log;
    private readonly ILogger<TickWriter> _logger;
    private readonly Thread _thread;
    private long _dropped;
    private long _unreported;

    public TickWriter(InputHistory history, StateStore states, EventLog log, ILogger<TickWriter> logger)
    {
        _history = history;
        _states = states;
        _log = log;
        _logger = logger;
        _queue = Channel.CreateBounded<Action>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ =>
            {
                Interlocked.Increment(ref _dropped);
                Interlocked.Increment(ref _unreported);
            });
        _thread = new Thread(Run) { IsBackground = true, Name = "tick writer" };
        _thread.Start();
    }

    /// <summary>Items dropped because the writer was behind, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues one history row: the tick's inputs as the snapshot held them (copied, the tick reuses its snapshot).</summary>
    internal void Record(LoadedRules rules, DateTime local)
    {
        long[] values = (long[])rules.Snapshot.Values.Clone();
        bool[] valid = (bool[])rules.Snapshot.Valid.Clone();
        Enqueue(() => _history.Record(rules, local, values, valid));
    }

    /// <summary>Queues a state save (its bytes, taken by the caller under the rule host's lock).</summary>
    public void Save(string imageHash, byte[] state) => Enqueue(() => _states.Save(imageHash, state));

    /// <summary>Never waits: when the queue is full the oldest item is dropped (and counted) instead.</summary>
    internal void Enqueue(Action write) => _queue.Writer.TryWrite(write);

    /// <summary>Writes what is queued, then stops.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _thread.Join();
    }

    private void Run()
    {
        ChannelReader<Action> reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out Action? write))
            {
                try
                {
                    write();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
                {
                    // Storage must never stop the automations; the item is lost and said so.
                    _logger.LogError(exception, "tick writer: an item was not stored");
                    TryLog(EventLog.Error, "storage", "not stored: " + exception.Message);
                }
                long dropped = Interlocked.Exchange(ref _unreported, 0);
                if (dropped > 0)
                {
                    _logger.LogWarning("tick writer: {Dropped} history rows or state saves dropped while storage was behind", dropped);
                    TryLog(EventLog.Error, "storage", $"{dropped} history rows or state saves dropped while storage was behind");
                }
            }
        }
    }

    private void TryLog(string level, string source, string message)
    {
        try
        {
            _log.Append(level, source, message);
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            _logger.LogError(exception, "tick writer: the event log is not writable either");
        }
    }
}
