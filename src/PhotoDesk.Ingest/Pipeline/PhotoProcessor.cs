using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Ingest.Identity;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// The per-file work of ingest: read the metadata (file and sidecars), hash the content, parse the caption and
/// build the entry (its id is decided later by the single writer). This is the per-file boundary: any exception and
/// any file taking longer than the budget becomes an <see cref="IngestFailure"/>, never a crash.
/// </summary>
public sealed class PhotoProcessor
{
    private readonly IMetadataReader _reader;
    private readonly PhotoEntryFactory _factory;
    private readonly TimeSpan _budget;

    public PhotoProcessor(IMetadataReader reader, PhotoEntryFactory factory, TimeSpan perFileBudget)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(factory);
        _reader = reader;
        _factory = factory;
        _budget = perFileBudget;
    }

    public sealed record Outcome(PhotoCandidate Candidate, PhotoEntry? Entry, IngestFailure? Failure);

    public async Task<Outcome> ProcessAsync(PhotoCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_budget);
        // The work runs on its own task so that a reader stuck in code that ignores the token cannot stall the
        // pipeline: after the budget the slot moves on and the stuck task's result is dropped.
        var work = Task.Run(() => Process(candidate, budget.Token), budget.Token);
        try
        {
            return await work.WaitAsync(_budget, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Failed(candidate, $"took longer than {_budget.TotalSeconds:0.#} s; skipped");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(candidate, $"took longer than {_budget.TotalSeconds:0.#} s; skipped");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(candidate, Reason(e));
        }
    }

    /// <summary>Builds the entry for one photo synchronously (no budget); throws what the reader throws.</summary>
    public PhotoEntry BuildEntry(PhotoCandidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var metadata = _reader.Read(candidate.Path, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var hash = ContentHasher.Compute(candidate.Path, cancellationToken);
        var facts = new PhotoFileFacts(candidate.Path, candidate.StampSize, candidate.Modified, hash);
        return _factory.Create(string.Empty, metadata, facts);
    }

    private Outcome Process(PhotoCandidate candidate, CancellationToken cancellationToken)
    {
        try
        {
            return new Outcome(candidate, BuildEntry(candidate, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(candidate, Reason(e));
        }
    }

    private static Outcome Failed(PhotoCandidate candidate, string reason) =>
        new(candidate, null, new IngestFailure(candidate.Path, reason));

    private static string Reason(Exception e) => e switch
    {
        PhotoReadException r => r.Reason,
        FileNotFoundException or DirectoryNotFoundException => "file disappeared during ingest",
        UnauthorizedAccessException => "permission denied",
        IOException io => "cannot read file: " + io.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
