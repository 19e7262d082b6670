using System.Threading.Channels;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// Paths the watchers saw change, from the watcher service to the indexing service. Bounded: when it overflows
/// (a huge drop, or the watcher's own buffer overflowed) a full rescan is requested instead, which finds everything.
/// </summary>
public sealed class FileChangeQueue
{
    private readonly Channel<string> _paths = Channel.CreateBounded<string>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });
    private int _rescanRequested;

    public void Post(string path)
    {
        if (!_paths.Writer.TryWrite(path)) RequestRescan();
    }

    public void RequestRescan() => Interlocked.Exchange(ref _rescanRequested, 1);

    /// <summary>True once after a rescan was requested.</summary>
    public bool TakeRescanRequest() => Interlocked.Exchange(ref _rescanRequested, 0) == 1;

    public bool TryTake(out string path) => _paths.Reader.TryRead(out path!);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _paths.Reader.WaitToReadAsync(cancellationToken);
}
