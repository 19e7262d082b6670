namespace PhotoDesk.Ingest.Pipeline;

/// <summary>What an ingest (or catalog import) did. <see cref="IngestSummaryJson"/> writes it for scripts.</summary>
public sealed record IngestSummary
{
    /// <summary>Photos found (ingest) or records read (import).</summary>
    public long Scanned { get; init; }
    public long Added { get; init; }
    /// <summary>Changed, moved or renamed photos (a move keeps its id and counts here).</summary>
    public long Updated { get; init; }
    public long Unchanged { get; init; }
    public long Removed { get; init; }
    public IReadOnlyList<IngestFailure> Failures { get; init; } = [];
    public long Failed => Failures.Count;
    public TimeSpan Elapsed { get; init; }
    /// <summary>True when the run was interrupted; what was done is committed, removals were not applied.</summary>
    public bool Cancelled { get; init; }
    /// <summary>Thumbnails made in this run.</summary>
    public long Thumbnails { get; init; }
}
