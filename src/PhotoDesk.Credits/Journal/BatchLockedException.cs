namespace PhotoDesk.Credits.Journal;

/// <summary>Another batch (credits fix, tag or undo) is running on the same index.</summary>
public sealed class BatchLockedException(string journalDirectory, Exception? inner = null)
    : Exception("another batch (credits fix, tag or undo) is running on this index; it was not interleaved: retry when it has finished", inner)
{
    public string JournalDirectory { get; } = journalDirectory;
}
