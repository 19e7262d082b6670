namespace PhotoDesk.Tui.Editing;

/// <summary>What an edit from the desk did, in one line for the status bar.</summary>
public sealed record EditOutcome(string? BatchId, int Changed, int Skipped, bool LeftToWorker, string Summary)
{
    public string Message => LeftToWorker ? $"saved; indexing by worker: {Summary}" : Summary;
}
