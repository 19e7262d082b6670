namespace PhotoDesk.Credits.Batches;

/// <summary>Interrupted batches found at start: rolled back (an apply) or completed (an undo), plus problems met.</summary>
public sealed record RecoveryReport(IReadOnlyList<string> RolledBack, IReadOnlyList<string> UndoCompleted, IReadOnlyList<string> Warnings)
{
    public static readonly RecoveryReport None = new([], [], []);

    public bool IsEmpty => RolledBack.Count == 0 && UndoCompleted.Count == 0 && Warnings.Count == 0;
}
