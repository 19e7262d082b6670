using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// One recursive <see cref="FileSystemWatcher"/> per hot folder (Linux allows 128 inotify instances per user: one
/// per root, never one per folder); the index's refresh-request folder is read by the indexing service each tick.
/// Events go to the
/// <see cref="FileChangeQueue"/>; a watcher error (buffer overflow) asks for a rescan.
/// </summary>
public sealed class WatcherService(FileChangeQueue queue, IOptions<WorkerOptions> options, ILogger<WatcherService> logger) : BackgroundService
{
    private readonly List<FileSystemWatcher> _watchers = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        foreach (var root in settings.WatchPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(root))
            {
                WorkerLog.MissingRoot(logger, root);
                continue;
            }
            _watchers.Add(Watch(root));
            WorkerLog.Watching(logger, root);
        }
        try { await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false); }
        catch (OperationCanceledException) { /* shutdown */ }
    }

    public override void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _watchers.Clear();
        base.Dispose();
    }

    private FileSystemWatcher Watch(string root)
    {
        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => queue.Post(e.FullPath);
        watcher.Changed += (_, e) => queue.Post(e.FullPath);
        watcher.Deleted += (_, e) => queue.Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            queue.Post(e.OldFullPath);
            queue.Post(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            WorkerLog.WatcherError(logger, root, e.GetException().Message);
            queue.RequestRescan();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
