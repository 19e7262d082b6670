using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// One pass of the bounded pipeline: a producer (the walker, or a list of changed files) → N readers/parsers →
/// the single index writer, joined by bounded channels. The writer commits at least every
/// <see cref="IngestOptions.CommitInterval"/>. On cancellation the producer and readers stop, the writer writes
/// what was already read and commits: nothing half done.
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
    private long _found, _unchanged, _done, _added, _updated;
    private int _pending;
    private volatile bool _producerDone;
    private long _lastCommit;

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
    public long Added => _added;
    public long Updated => _updated;
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
        var outcomes = Channel.CreateBounded<PhotoProcessor.Outcome>(new BoundedChannelOptions(ChannelCapacity) { SingleReader = true });
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

        var readers = Enumerable.Range(0, Math.Max(1, _options.Parallelism))
            .Select(_ => Task.Run(() => ReadAsync(candidates.Reader, outcomes.Writer, stop.Token), CancellationToken.None))
            .ToArray();
        var readersDone = Task.WhenAll(readers).ContinueWith(_ => outcomes.Writer.TryComplete(), TaskScheduler.Default);

        try
        {
            await WriteAsync(outcomes.Reader).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await Task.WhenAll(produce, readersDone).ConfigureAwait(false);
            Commit();
            Report();
        }
        // The producer may have failed for a reason other than cancellation (a bug): surface it.
        await produce.ConfigureAwait(false);
        return !cancellationToken.IsCancellationRequested;
    }

    /// <summary>Commits pending writes (also used by the caller after removals).</summary>
    public void Commit()
    {
        if (_pending == 0) return;
        _session.Writer.Commit();
        IngestLog.Committed(_logger, _pending);
        _pending = 0;
        _lastCommit = _clock.ElapsedMilliseconds;
    }

    public void Pending() => _pending++;

    private async Task ReadAsync(ChannelReader<PhotoCandidate> input, ChannelWriter<PhotoProcessor.Outcome> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var candidate in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var outcome = await _processor.ProcessAsync(candidate, cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(outcome, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { }
    }

    private async Task WriteAsync(ChannelReader<PhotoProcessor.Outcome> input)
    {
        var interval = _options.CommitInterval;
        while (true)
        {
            var ready = input.WaitToReadAsync().AsTask();
            while (!ready.IsCompleted)
            {
                // Nothing to write for a while (a slow file, a long walk through unchanged photos): commit anyway.
                if (await Task.WhenAny(ready, Task.Delay(interval)).ConfigureAwait(false) != ready) Commit();
            }
            if (!await ready.ConfigureAwait(false)) return;
            while (input.TryRead(out var outcome))
            {
                Apply(outcome);
                Interlocked.Increment(ref _done);
                if (_clock.ElapsedMilliseconds - _lastCommit >= interval.TotalMilliseconds) Commit();
            }
        }
    }

    private void Apply(PhotoProcessor.Outcome outcome)
    {
        if (outcome.Failure is { } failure)
        {
            AddFailure(failure);
            return;
        }
        var entry = outcome.Entry!;
        var existing = _session.Existing;
        var (id, isNew, movedFrom) = existing.Resolve(entry.Path, entry.ContentHash, File.Exists);
        // Credit findings belong to the credit checks, which run apart from ingest: keep them across a re-read.
        var findings = isNew ? [] : _session.Writer.Get(id)?.Findings ?? [];
        _session.Writer.Upsert(entry with { Id = id, Findings = findings });
        existing.Record(new FileStamp(id, entry.Path, entry.FileSize, entry.Modified, entry.ContentHash));
        if (movedFrom is not null) IngestLog.Moved(_logger, movedFrom, entry.Path, id);
        if (isNew) _added++;
        else _updated++;
        if (entry.ContentHash is { } hash) _written.Add((entry.Path, hash));
        _pending++;
    }

    private void Report() =>
        _progress?.Report(new IngestProgress(Found, Interlocked.Read(ref _done), _producerDone, _clock.Elapsed));
}
