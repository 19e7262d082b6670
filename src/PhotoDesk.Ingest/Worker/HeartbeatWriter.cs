using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// Keeps the worker's <see cref="WorkerHeartbeat"/> file fresh while the worker runs: rewritten on every change of
/// activity and every <see cref="WorkerHeartbeat.Interval"/> from a timer (so a long rescan still beats), removed on
/// dispose (a clean stop). Writing is best effort: a full disk must not stop the worker.
/// </summary>
public sealed class HeartbeatWriter : IDisposable
{
    private readonly string _indexPath;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _started;
    private readonly object _gate = new();
    private readonly ITimer _timer;
    private bool _indexing;
    private string _doing = "starting";
    private bool _disposed;

    public HeartbeatWriter(string indexPath, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(indexPath);
        ArgumentNullException.ThrowIfNull(time);
        _indexPath = indexPath;
        _time = time;
        _started = time.GetUtcNow();
        Beat();
        _timer = time.CreateTimer(_ => Beat(), null, WorkerHeartbeat.Interval, WorkerHeartbeat.Interval);
    }

    /// <summary>The worker is indexing (<paramref name="doing"/>: what, for people).</summary>
    public void Busy(string doing) => Set(true, doing);

    public void Idle() => Set(false, "idle");

    private void Set(bool indexing, string doing)
    {
        lock (_gate)
        {
            _indexing = indexing;
            _doing = doing;
        }
        Beat();
    }

    private void Beat()
    {
        lock (_gate)
        {
            if (_disposed) return;
            try
            {
                new WorkerHeartbeat(Environment.ProcessId, Environment.MachineName, _started, _time.GetUtcNow(), _indexing, _doing).WriteTo(_indexPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        WorkerHeartbeat.Remove(_indexPath, Environment.ProcessId);
    }
}
