namespace PhotoDesk.Core.Indexing;

/// <summary>
/// The index cannot be searched: there is none yet, or it was written by another PhotoDesk version and needs a
/// rebuild. The message is one line that says what to run.
/// </summary>
public sealed class IndexUnavailableException(string indexPath, string message, bool needsRebuild, Exception? inner = null)
    : Exception(message, inner)
{
    public string IndexPath { get; } = indexPath;

    /// <summary>True when an index exists but in another format (run <c>photodesk reindex</c>); false when there is none.</summary>
    public bool NeedsRebuild { get; } = needsRebuild;
}
