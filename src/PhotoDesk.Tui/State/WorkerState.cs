namespace PhotoDesk.Tui.State;

/// <summary>What the status bar says about who writes the index besides the desk.</summary>
public enum WorkerState
{
    /// <summary>No worker heartbeat (or only a stale one) and no other writer seen.</summary>
    None,
    /// <summary>A worker runs (fresh heartbeat) and waits for changes.</summary>
    Idle,
    /// <summary>A worker runs and is indexing.</summary>
    Indexing,
    /// <summary>No worker, but another process holds the index's lock files open (a one-shot ingest; Linux only).</summary>
    OtherWriter,
}
