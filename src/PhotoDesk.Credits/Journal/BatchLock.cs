namespace PhotoDesk.Credits.Journal;

/// <summary>
/// One batch at a time per index: an exclusive lock on <c>journal/batch.lock</c>. The operating system releases it
/// when the holder exits, even when killed, so a crash never leaves a stale lock. While it is held no other batch,
/// undo or recovery runs, which also means a pending batch found by the holder was interrupted.
/// Re-entrant on the thread that holds it: a command takes it before opening the index writer (so two batches
/// never even compete for the index), and the runner's own acquisition inside then just counts.
/// </summary>
public sealed class BatchLock : IDisposable
{
    private const string LockName = "batch.lock";
    private static readonly Dictionary<string, Held> HeldHere = new(StringComparer.Ordinal);
    private readonly string _path;
    private bool _disposed;

    private sealed class Held(FileStream stream, int thread)
    {
        public FileStream Stream { get; } = stream;
        public int Thread { get; } = thread;
        public int Count { get; set; } = 1;
    }

    private BatchLock(string path) => _path = path;

    /// <summary>Takes the lock, retrying until <paramref name="wait"/> has passed.</summary>
    /// <exception cref="BatchLockedException">Another batch still holds it.</exception>
    public static BatchLock Acquire(string journalDirectory, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(journalDirectory);
        var path = Path.GetFullPath(Path.Combine(journalDirectory, LockName));
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryTake(path)) return new BatchLock(path);
            if (DateTime.UtcNow >= deadline) throw new BatchLockedException(journalDirectory);
            Thread.Sleep(100);
        }
    }

    private static bool TryTake(string path)
    {
        lock (HeldHere)
        {
            if (HeldHere.TryGetValue(path, out var held))
            {
                if (held.Thread != Environment.CurrentManagedThreadId) return false;
                held.Count++;
                return true;
            }
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                stream.Write(System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                stream.Flush();
                HeldHere[path] = new Held(stream, Environment.CurrentManagedThreadId);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        lock (HeldHere)
        {
            if (!HeldHere.TryGetValue(_path, out var held)) return;
            if (--held.Count > 0) return;
            HeldHere.Remove(_path);
            held.Stream.Dispose();
        }
    }
}
