namespace PhotoDesk.Core.Indexing;

/// <summary>Another process holds the index for writing.</summary>
public sealed class IndexLockedException(string indexPath)
    : Exception($"the index at {indexPath} is in use by another PhotoDesk process (ingest, worker or edit); retry later or pass --wait")
{
    public string IndexPath { get; } = indexPath;
}
