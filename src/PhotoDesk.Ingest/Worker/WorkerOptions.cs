namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// The worker's settings: section <c>Worker</c> of appsettings.json / photodesk.json, environment variables
/// <c>PHOTODESK__WORKER__RESCANSECONDS</c> etc., and the command line (<c>--watch</c>, <c>--index</c>,
/// <c>--rescan-seconds</c>), later sources winning.
/// </summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Hot folders, watched recursively.</summary>
    public List<string> WatchPaths { get; set; } = [];
    /// <summary>Full rescan interval: watchers miss events (overflow, network shares).</summary>
    public int RescanSeconds { get; set; } = 60;
    public string? IndexPath { get; set; }
    /// <summary>Quiet time after the last event before a file is looked at (a copy raises several events).</summary>
    public int DebounceMilliseconds { get; set; } = 300;
    public bool Thumbnails { get; set; } = true;
}
