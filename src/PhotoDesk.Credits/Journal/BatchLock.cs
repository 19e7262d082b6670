namespace PhotoDesk.Credits.Journal;

/// <summary>
/// One batch at a time per index: an exclusive lock on <c>journal/batch.lock</c>. The operating system releases it
/// when the holder exits, even when killed, so a crash never leaves a stale lock. While it is held no other batch,
/// undo or recovery runs, which also means a pending batch found by the holder was interrupted.
/// </summary>
public sealed class BatchLock : IDisposable
{
    private const string LockName = "batch.lock";
    private readonly FileStream _stream;

    private BatchLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, retrying until <paramref name="wait"/> has passed.</summary>
    /// <exception cref="BatchLockedException">Another batch still holds it.</exception>
    public static BatchLock Acquire(string journalDirectory, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(journalDirectory);
        var path = Path.Combine(journalDirectory, LockName);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                stream.Write(pid);
                stream.Flush();
                return new BatchLock(stream);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException e)
            {
                throw new BatchLockedException(journalDirectory, e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
