using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Ingest.Scanning;
using PhotoDesk.Ingest.Thumbnails;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// Ingest: walks archive folders and brings the index in line with them, incrementally (an unchanged photo is
/// only stat'ed), idempotently, keeping a moved photo's id. Also re-indexes single files on request (the worker,
/// editors). The reader, caption parser and index writer come from the caller, so composition happens in one place.
/// </summary>
public sealed class IngestRunner
{
    private readonly PhotoProcessor _processor;
    private readonly IngestOptions _options;
    private readonly ThumbnailMaker? _thumbnails;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public IngestRunner(IMetadataReader reader, ICaptionParser captions, IngestOptions? options = null,
        ThumbnailMaker? thumbnails = null, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(captions);
        _options = options ?? new IngestOptions();
        Factory = new PhotoEntryFactory(captions);
        _processor = new PhotoProcessor(reader, Factory, _options.PerFileBudget);
        _thumbnails = _options.Thumbnails ? thumbnails : null;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    public PhotoEntryFactory Factory { get; }

    public Task<IngestSummary> RunAsync(IPhotoIndexWriter writer, IReadOnlyList<string> roots,
        IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(new IngestSession(writer), roots, progress, cancellationToken);

    /// <summary>Walks <paramref name="roots"/> (folders or single photos) and updates the index to match them.</summary>
    public async Task<IngestSummary> RunAsync(IngestSession session, IReadOnlyList<string> roots,
        IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(roots);
        var canonical = roots.Select(Canonical).Distinct(StringComparer.Ordinal).ToList();
        var report = new WalkReport();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        session.Existing.BeginPass();
        var run = new PipelineRun(session, _processor, _options, _logger, progress);
        var walker = new ArchiveWalker(_options.ExcludedFolders.Select(Canonical));

        var completed = await run.ExecuteAsync(async (r, sink, ct) =>
        {
            foreach (var root in canonical)
            {
                foreach (var candidate in walker.Walk(root, report, ct))
                {
                    r.CountFound();
                    seen.Add(candidate.Path);
                    if (!_options.Force && session.Existing.IsUnchanged(candidate)) r.CountUnchanged();
                    else await sink.WriteAsync(candidate, ct).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        foreach (var refused in report.Failures) run.AddFailure(refused);
        long removed = 0;
        if (completed && _options.RemoveMissing)
        {
            removed = RemoveMissing(session, canonical, seen, report.IncompleteDirectories, run);
            session.Writer.MarkIngested(_time.GetUtcNow());
            run.Pending();
            run.Commit();
        }
        else if (!completed)
        {
            IngestLog.Interrupted(_logger);
        }

        var thumbnails = completed ? await MakeThumbnailsAsync(session, canonical, run.Written, seen, cancellationToken).ConfigureAwait(false) : 0;
        var summary = new IngestSummary
        {
            Scanned = run.Found,
            Added = run.Added,
            Updated = run.Updated,
            Unchanged = run.Unchanged,
            Removed = removed,
            Failures = run.Failures,
            Elapsed = run.Elapsed,
            Cancelled = !completed,
            Thumbnails = thumbnails,
        };
        IngestLog.Finished(_logger, summary.Scanned, summary.Added, summary.Updated, summary.Unchanged, summary.Removed,
            summary.Failed, (long)summary.Elapsed.TotalMilliseconds);
        return summary;
    }

    /// <summary>
    /// Re-indexes the given files now: photos are re-read (whatever their stamp), a sidecar stands for its photo,
    /// a path that no longer exists is removed from the index. For the worker and for editors after a write.
    /// </summary>
    public async Task<IngestSummary> RefreshAsync(IngestSession session, IReadOnlyCollection<string> paths,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(paths);
        var photos = new SortedSet<string>(StringComparer.Ordinal);
        var gone = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in paths)
        {
            var path = Path.GetFullPath(raw);
            if (PhotoFileTypes.IsSidecar(path)) photos.UnionWith(PhotoFileTypes.PhotosForSidecar(path));
            else if (!PhotoFileTypes.IsPhoto(path) || Path.GetFileName(path).StartsWith('.')) continue;
            else if (File.Exists(path)) photos.Add(Canonical(path));
            else gone.Add(Path.Combine(Canonical(Path.GetDirectoryName(path) ?? "/"), Path.GetFileName(path)));
        }

        var report = new WalkReport();
        var walker = new ArchiveWalker();
        session.Existing.BeginPass();
        var run = new PipelineRun(session, _processor, _options, _logger, progress: null);
        await run.ExecuteAsync(async (r, sink, ct) =>
        {
            foreach (var photo in photos)
            {
                foreach (var candidate in walker.Walk(photo, report, ct))
                {
                    r.CountFound();
                    await sink.WriteAsync(candidate, ct).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        foreach (var refused in report.Failures) run.AddFailure(refused);

        long removed = 0;
        foreach (var path in gone)
        {
            if (session.Existing.ByPath(path) is not { } stamp) continue;
            if (session.Writer.Get(stamp.Id) is { Origin: PhotoFileFacts.CatalogOrigin }) continue;
            session.Writer.Delete(stamp.Id);
            session.Existing.Forget(stamp);
            removed++;
            run.Pending();
        }
        run.Commit();
        var thumbnails = await MakeThumbnailsAsync(session, [], run.Written, [], cancellationToken).ConfigureAwait(false);
        return new IngestSummary
        {
            Scanned = run.Found,
            Added = run.Added,
            Updated = run.Updated,
            Removed = removed,
            Failures = run.Failures,
            Elapsed = run.Elapsed,
            Cancelled = cancellationToken.IsCancellationRequested,
            Thumbnails = thumbnails,
        };
    }

    /// <summary>The canonical form of a root (links resolved), so one archive is always indexed under the same paths.</summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        return RealPath.Resolve(full) ?? full;
    }

    private static long RemoveMissing(IngestSession session, IReadOnlyList<string> roots, HashSet<string> seen,
        IReadOnlyList<string> incomplete, PipelineRun run)
    {
        long removed = 0;
        foreach (var stamp in session.Existing.Snapshot())
        {
            if (seen.Contains(stamp.Path)) continue;
            if (!roots.Any(r => RealPath.IsInside(stamp.Path, r))) continue;
            if (incomplete.Any(d => RealPath.IsInside(stamp.Path, d))) continue; // could not look: not proof it is gone
            if (session.Writer.Get(stamp.Id) is { Origin: PhotoFileFacts.CatalogOrigin }) continue; // imported records may be offline
            session.Writer.Delete(stamp.Id);
            session.Existing.Forget(stamp);
            run.Pending();
            removed++;
        }
        return removed;
    }

    /// <summary>
    /// The second pass: thumbnails for what was written, and for unchanged photos under the roots that have none
    /// yet. Runs after the commit, so search is ready first.
    /// </summary>
    private async Task<long> MakeThumbnailsAsync(IngestSession session, IReadOnlyList<string> roots,
        IReadOnlyList<(string Path, string Hash)> written, HashSet<string> seen, CancellationToken cancellationToken)
    {
        if (_thumbnails is null) return 0;
        var work = new List<(string Path, string Hash)>(written);
        if (roots.Count > 0)
        {
            var writtenPaths = written.Select(w => w.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in seen)
                if (!writtenPaths.Contains(path) && session.Existing.ByPath(path) is { ContentHash: { } hash })
                    work.Add((path, hash));
        }
        long made = 0;
        try
        {
            await Parallel.ForEachAsync(work, new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism),
                CancellationToken = cancellationToken,
            }, (item, ct) =>
            {
                var result = _thumbnails.Make(item.Path, item.Hash, ct);
                if (result is ThumbnailMaker.Result.FromPreview or ThumbnailMaker.Result.Decoded) Interlocked.Increment(ref made);
                else if (result is ThumbnailMaker.Result.Unavailable) IngestLog.NoThumbnail(_logger, item.Path);
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
        return made;
    }
}
