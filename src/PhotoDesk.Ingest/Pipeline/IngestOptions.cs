namespace PhotoDesk.Ingest.Pipeline;

/// <summary>How an ingest runs. The defaults suit a two-core machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Readers/parsers working in parallel (the writer is always one).</summary>
    public int Parallelism { get; init; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 4));
    /// <summary>Longest time one file may take to read, hash and parse before it is reported as failed.</summary>
    public TimeSpan PerFileBudget { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Commit at least this often, so a crash loses little and a rerun converges.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(2);
    public bool Thumbnails { get; init; } = true;
    /// <summary>Re-read every photo even when its stamp is unchanged (reindex).</summary>
    public bool Force { get; init; }
    /// <summary>Remove index entries under the roots whose files are gone (off for the worker's targeted runs).</summary>
    public bool RemoveMissing { get; init; } = true;
    /// <summary>Folders the walk never enters (the index folder, so its thumbnails are not taken for photos).</summary>
    public IReadOnlyList<string> ExcludedFolders { get; init; } = [];
}
