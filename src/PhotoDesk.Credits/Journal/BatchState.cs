namespace PhotoDesk.Credits.Journal;

/// <summary>
/// A batch's life: written to the journal as <see cref="Pending"/> before any file changes; <see cref="Applied"/> once
/// every file is written and re-indexed. A pending batch found with no process running it was interrupted and is
/// <see cref="RolledBack"/>. Undo goes through <see cref="Undoing"/> (completed on the next start if interrupted) to
/// <see cref="Undone"/>.
/// </summary>
public enum BatchState
{
    Pending,
    Applied,
    RolledBack,
    Undoing,
    Undone,
}

public static class BatchStateNames
{
    public static string ToName(this BatchState state) => state switch
    {
        BatchState.Pending => "pending",
        BatchState.Applied => "applied",
        BatchState.RolledBack => "rolled-back",
        BatchState.Undoing => "undoing",
        _ => "undone",
    };
}
