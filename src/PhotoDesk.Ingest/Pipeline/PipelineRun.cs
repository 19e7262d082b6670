using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// One pass of the bounded pipeline: a producer (the walker, or a list of changed files) → N workers that read,
/// parse and write each photo into the index themselves, joined by a bounded channel, while the calling task commits
/// at least every <see cref="IngestOptions.CommitInterval"/>. Deciding a photo's id is the one step taken in turn
/// (under <see cref="_identityGate"/>); building and adding its Lucene document runs on every worker at once, since
/// that is most of a photo's cost. On cancellation the producer and workers stop, what was written is committed:
/// nothing half done.
/// </summary>
internal sealed class PipelineRun
{
    private const int ChannelCapacity = 256;

    private readonly IngestSession _session;
    private readonly PhotoProcessor _processor;
    private readonly IngestOptions _options;
    private readonly ILogger _logger;
    private readonly IProgress<IngestProgress>? _progress;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<IngestFailure> _failures = [];
    private readonly List<(string Path, string Hash)> _written = [];
    private readonly Lock _identityGate = new();
    private readonly Lock _commitGate = new();
    private long _found, _unchanged, _done, _added, _updated, _pending, _lastCommit;
    private volatile bool _producerDone;

    public PipelineRun(IngestSession session, PhotoProcessor processor, IngestOptions options, ILogger logger, IProgress<IngestProgress>? progress)
    {
        _session = session;
        _processor = processor;
        _options = options;
        _logger = logger;
        _progress = progress;
    }

    public delegate Task Producer(PipelineRun run, ChannelWriter<PhotoCandidate> sink, CancellationToken cancellationToken);

    public long Found => Interlocked.Read(ref _found);
    public long Unchanged => Interlocked.Read(ref _unchanged);
    public long Added => Interlocked.Read(ref _added);
    public long Updated => Interlocked.Read(ref _updated);
    public TimeSpan Elapsed => _clock.Elapsed;
    public IReadOnlyList<IngestFailure> Failures => _failures;
    /// <summary>Photos written in this pass (path, content hash), for the thumbnail pass.</summary>
    public IReadOnlyList<(string Path, string Hash)> Written => _written;

    public void CountFound() => Interlocked.Increment(ref _found);

    public void CountUnchanged()
    {
        Interlocked.Increment(ref _unchanged);
        Interlocked.Increment(ref _done);
    }

    public void AddFailure(IngestFailure failure)
    {
        lock (_failures) _failures.Add(failure);
        IngestLog.FileFailed(_logger, failure.Path, failure.Error);
    }

    /// <returns>True when the pass ran to the end; false when it was cancelled (what was read is committed).</returns>
    public async Task<bool> ExecuteAsync(Producer producer, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var candidates = Channel.CreateBounded<PhotoCandidate>(new BoundedChannelOptions(ChannelCapacity) { SingleWriter = true });
        using var ticker = _progress is null ? null : new Timer(_ => Report(), null, 250, 500);

        var produce = Task.Run(async () =>
        {
            try { await producer(this, candidates.Writer, stop.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            finally
            {
                candidates.Writer.TryComplete();
                _producerDone = true;
            }
        }, CancellationToken.None);

        var workers = Enumerable.Range(0, Math.Max(1, _options.Parallelism))
            .Select(_ => Task.Run(() => WorkAsync(candidates.Reader, stop), CancellationToken.None))
            .ToArray();
        var workersDone = Task.WhenAll(workers);
        try
        {
            // Workers commit as they go (see Apply); this catches the quiet spells: nothing written for a while (a slow
            // file, a long walk through unchanged photos) still gets committed.
            while (await Task.WhenAny(workersDone, Task.Delay(_options.CommitInterval, CancellationToken.None)).ConfigureAwait(false) != workersDone)
                Commit();
        }
        finally
        {
            await Task.WhenAll(produce, workersDone.ContinueWith(_ => { }, TaskScheduler.Default)).ConfigureAwait(false);
            Commit();
            Report();
        }
        // A worker that failed writing to the index, or a producer that failed for a reason other than
        // cancellation (a bug): surface it, after committing what was written.
        await workersDone.ConfigureAwait(false);
        await produce.ConfigureAwait(false);
        return !cancellationToken.IsCancellationRequested;
    }

    /// <summary>Commits pending writes (also used by the caller after removals).</summary>
    public void Commit()
    {
        lock (_commitGate)
        {
            var pending = Interlocked.Exchange(ref _pending, 0);
            if (pending == 0) return;
            _session.Writer.Commit();
            Interlocked.Exchange(ref _lastCommit, _clock.ElapsedMilliseconds);
            IngestLog.Committed(_logger, (int)Math.Min(pending, int.MaxValue));
        }
    }

    /// <summary>Commits when the interval has passed since the last commit, unless another thread is committing.</summary>
    private void CommitIfDue()
    {
        if (_clock.ElapsedMilliseconds - Interlocked.Read(ref _lastCommit) < _options.CommitInterval.TotalMilliseconds) return;
        if (!_commitGate.TryEnter()) return;
        try
        {
            Commit();
        }
        finally
        {
            _commitGate.Exit();
        }
    }

    public void Pending() => Interlocked.Increment(ref _pending);

    private async Task WorkAsync(ChannelReader<PhotoCandidate> input, CancellationTokenSource stop)
    {
        var cancellationToken = stop.Token;
        try
        {
            await foreach (var candidate in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var outcome = await _processor.ProcessAsync(candidate, cancellationToken).ConfigureAwait(false);
                Apply(outcome);
                Interlocked.Increment(ref _done);
                CommitIfDue();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false); // the index cannot be written: stop the whole pass
            throw;
        }
    }

    /// <summary>Writes one outcome: called by every worker at once.</summary>
    private void Apply(PhotoProcessor.Outcome outcome)
    {
        if (outcome.Failure is { } failure)
        {
            AddFailure(failure);
            return;
        }
        var entry = outcome.Entry!;
        var existing = _session.Existing;
        string id;
        bool isNew;
        string? movedFrom;
        lock (_identityGate)
        {
            // Deciding the id and recording it are one step, so two copies of one picture found at once get two ids.
            (id, isNew, movedFrom) = existing.Resolve(entry.Path, entry.ContentHash, File.Exists);
            existing.Record(new FileStamp(id, entry.Path, entry.FileSize, entry.Modified, entry.ContentHash));
        }
        if (isNew)
        {
            _session.Writer.Add(entry with { Id = id }); // the index has no entry with this id: no older version to look for
        }
        else
        {
            // Credit findings belong to the credit checks, which run apart from ingest: keep them across a re-read.
            var findings = _session.Writer.Get(id)?.Findings ?? [];
            _session.Writer.Upsert(entry with { Id = id, Findings = findings });
        }
        Interlocked.Increment(ref _pending);
        if (movedFrom is not null) IngestLog.Moved(_logger, movedFrom, entry.Path, id);
        Interlocked.Increment(ref isNew ? ref _added : ref _updated);
        if (entry.ContentHash is { } hash) lock (_written) _written.Add((entry.Path, hash));
    }

    private void Report() =>
        _progress?.Report(new IngestProgress(Found, Interlocked.Read(ref _done), _producerDone, _clock.Elapsed));
}
