namespace PhotoDesk.Tui.State;

/// <summary>What the status bar shows: photos in the index, whether a worker holds it, when the desk last reopened it, the last message.</summary>
public sealed record DeskStatus(long PhotoCount, bool WorkerIndexing, DateTimeOffset? RefreshedAt, string? Message)
{
    public static readonly DeskStatus Unknown = new(0, false, null, null);
}
