namespace PhotoDesk.Tui.State;

/// <summary>What the status bar shows: photos in the index, whether a worker runs and indexes, when the desk last reopened the index, the last message.</summary>
public sealed record DeskStatus(long PhotoCount, WorkerState Worker, DateTimeOffset? RefreshedAt, string? Message)
{
    public static readonly DeskStatus Unknown = new(0, WorkerState.None, null, null);
}
