using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// The worker's single index owner: opens the writer (waiting for the lock), catches up with a full pass, then
/// indexes settled changes from the watchers, refresh requests from editors, and a full rescan every
/// <see cref="WorkerOptions.RescanSeconds"/>. Holds the index lock while it runs; commits after every pass, so
/// stopping (SIGTERM) loses nothing. Keeps a heartbeat file in the index folder (<see cref="HeartbeatWriter"/>).
/// </summary>
public sealed class IndexingService(
    FileChangeQueue queue,
    IngestRunner runner,
    IndexWriterFactory openWriter,
    IOptions<WorkerOptions> options,
    ILogger<IndexingService> logger,
    TimeProvider time,
    WorkerHealth health,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly ReportedFailures _reported = new();
    private HeartbeatWriter? _heartbeat;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Fatal for the worker (e.g. the index cannot be opened): say so and stop, so the service manager sees it.
            WorkerLog.Fatal(logger, e);
            health.Fail(e);
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var indexPath = Path.GetFullPath(settings.IndexPath ?? "index");
        var roots = settings.WatchPaths.Select(IngestRunner.Canonical).Distinct(StringComparer.Ordinal).ToList();
        // Opening may wait for a one-shot ingest to finish: off the host's start-up path.
        await Task.Yield();
        using var writer = openWriter(indexPath, true, stoppingToken);
        // Says "a worker runs, and whether it is indexing" to the desk without anyone touching the lock.
        using var heartbeat = _heartbeat = new HeartbeatWriter(indexPath, time);
        heartbeat.Idle();
        var session = new IngestSession(writer);
        if (writer.RebuildNotice is { } notice) WorkerLog.IndexCleared(logger, notice);
        WorkerLog.Ready(logger, indexPath, session.Count);

        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(Math.Max(50, settings.DebounceMilliseconds)));
        var rescanEvery = TimeSpan.FromSeconds(Math.Max(1, settings.RescanSeconds));
        var nextRescan = time.GetUtcNow(); // catch up at once
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                while (queue.TryTake(out var path))
                {
                    if (IsRelevant(path, roots) && !RealPath.IsInside(path, indexPath)) debouncer.Touch(path, now); // not the heartbeat, nor Lucene's files
                }
                if (queue.TakeRescanRequest()) nextRescan = now;

                // A look at the request folder each tick (one directory read): no request is missed, whether it was
                // written before the worker started or in a burst of events.
                if (RefreshRequests.ArePending(indexPath))
                {
                    var requested = RefreshRequests.Take(indexPath);
                    if (requested.Count > 0) await RefreshAsync(session, requested, stoppingToken).ConfigureAwait(false);
                }
                var settled = debouncer.TakeSettled(now);
                if (settled.Count > 0) await IndexSettledAsync(session, settled, stoppingToken).ConfigureAwait(false);

                if (now >= nextRescan)
                {
                    await RescanAsync(session, roots, stoppingToken).ConfigureAwait(false);
                    nextRescan = time.GetUtcNow() + rescanEvery;
                }
                try { await Task.Delay(Tick, time, stoppingToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { break; }
            }
        }
        finally
        {
            writer.Commit();
            WorkerLog.Stopped(logger);
        }
    }

    private async Task IndexSettledAsync(IngestSession session, IReadOnlyList<string> settled, CancellationToken ct)
    {
        var folders = settled.Where(Directory.Exists).ToList();
        var files = settled.Except(folders).ToList();
        // A path that is gone and is no photo or sidecar may have been a folder: a rescan settles what was under it.
        if (files.Any(f => !File.Exists(f) && !PhotoFileTypes.IsPhoto(f) && !PhotoFileTypes.IsSidecar(f))) queue.RequestRescan();
        if (files.Count > 0) await RefreshAsync(session, files, ct).ConfigureAwait(false);
        if (folders.Count > 0) await RunGuardedAsync($"{folders.Count} changed folder(s)", () => runner.RunAsync(session, folders, null, ct), s =>
            WorkerLog.Refreshed(logger, folders.Count, s.Added, s.Updated, s.Removed, s.Failed, (long)s.Elapsed.TotalMilliseconds)).ConfigureAwait(false);
    }

    private Task RefreshAsync(IngestSession session, IReadOnlyList<string> paths, CancellationToken ct) =>
        RunGuardedAsync($"{paths.Count} changed file(s)", () => runner.RefreshAsync(session, paths, ct), s =>
            WorkerLog.Refreshed(logger, paths.Count, s.Added, s.Updated, s.Removed, s.Failed, (long)s.Elapsed.TotalMilliseconds));

    private Task RescanAsync(IngestSession session, IReadOnlyList<string> roots, CancellationToken ct) =>
        RunGuardedAsync("rescan", () => runner.RunAsync(session, roots.Where(Directory.Exists).ToList(), null, ct), s =>
            WorkerLog.Rescanned(logger, roots.Count, s.Added, s.Updated, s.Removed, s.Failed, (long)s.Elapsed.TotalMilliseconds),
            quiet: s =>
            {
                if (s.Failed > 0) WorkerLog.RescannedStillFailing(logger, roots.Count, s.Unchanged, s.Failed, (long)s.Elapsed.TotalMilliseconds);
                else WorkerLog.RescannedQuiet(logger, roots.Count, s.Unchanged, (long)s.Elapsed.TotalMilliseconds);
            },
            fullPass: true);

    /// <summary>
    /// A failing pass (an index error) is logged and retried later; it does not stop the worker. Each file that fails
    /// is named once (<see cref="ReportedFailures"/>); a pass that changed nothing and found no new failure is logged by
    /// <paramref name="quiet"/> (at debug level: a rescan every minute is no news, nor a file that still fails).
    /// </summary>
    private async Task RunGuardedAsync(string doing, Func<Task<IngestSummary>> pass, Action<IngestSummary> log,
        Action<IngestSummary>? quiet = null, bool fullPass = false)
    {
        _heartbeat?.Busy(doing);
        try
        {
            var summary = await pass().ConfigureAwait(false);
            var news = _reported.News(summary.Failures);
            if (fullPass && !summary.Cancelled) _reported.KeepOnly(summary.Failures);
            foreach (var failure in news) WorkerLog.FileFailed(logger, failure.Path, failure.Error);
            if (summary.Added + summary.Updated + summary.Removed + news.Count > 0) log(summary);
            else quiet?.Invoke(summary);
        }
        catch (OperationCanceledException) { throw; }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            WorkerLog.PassFailed(logger, e);
        }
        finally
        {
            _heartbeat?.Idle();
        }
    }

    private static bool IsRelevant(string path, IReadOnlyList<string> roots)
    {
        var root = roots.FirstOrDefault(r => RealPath.IsInside(path, r));
        if (root is null) return true; // a watch root given through a link: let the pass decide
        var relative = Path.GetRelativePath(root, path);
        return !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }
}
