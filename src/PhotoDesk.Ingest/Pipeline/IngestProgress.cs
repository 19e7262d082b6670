namespace PhotoDesk.Ingest.Pipeline;

/// <summary>A progress snapshot: photos found so far, how many are settled, and whether the walk is complete.</summary>
public sealed record IngestProgress(long Found, long Done, bool WalkComplete, TimeSpan Elapsed)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate; null while the rate is unknown.</summary>
    public TimeSpan? EstimatedRemaining => FilesPerSecond > 0 && Found >= Done
        ? TimeSpan.FromSeconds((Found - Done) / FilesPerSecond)
        : null;
}
