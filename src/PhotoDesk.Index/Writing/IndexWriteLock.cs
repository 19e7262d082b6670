namespace PhotoDesk.Index.Writing;

/// <summary>
/// PhotoDesk's own inter-process write lock: <c>photodesk.lock</c> in the index folder, held open with
/// <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Linux, released by the OS if the process dies).
/// </summary>
/// <remarks>
/// Needed because Lucene.Net 4.8.0-beta00017's NativeFSLockFactory did not keep a second process out here: two
/// processes both opened an IndexWriter on one index (seen on Linux, .NET 10). Lucene's lock still guards the
/// same process; this one guards across processes.
/// </remarks>
internal sealed class IndexWriteLock : IDisposable
{
    public const string FileName = "photodesk.lock";

    private readonly FileStream _stream;

    private IndexWriteLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another holder (this or another process) has it.</summary>
    public static IndexWriteLock? TryAcquire(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        try
        {
            return new IndexWriteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // sharing violation: someone holds it
        }
    }

    public void Dispose() => _stream.Dispose();
}
