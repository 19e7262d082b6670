namespace PhotoDesk.Ingest.Worker;

/// <summary>
/// Holds changed paths until they settle: no event for the debounce time and the same size and modification time
/// on two looks in a row (a file still being copied keeps growing). Deleted paths settle at once. Time is given
/// by the caller, so tests drive it.
/// </summary>
public sealed class ChangeDebouncer(TimeSpan quiet)
{
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    private sealed record Pending(DateTimeOffset LastEvent, (long Size, DateTime Modified)? LastLook);

    public int Count => _pending.Count;

    public void Touch(string path, DateTimeOffset now)
    {
        _pending[path] = _pending.TryGetValue(path, out var p) ? p with { LastEvent = now } : new Pending(now, null);
    }

    /// <summary>Paths that have settled (removed from the pending set).</summary>
    public IReadOnlyList<string> TakeSettled(DateTimeOffset now)
    {
        var settled = new List<string>();
        foreach (var (path, p) in _pending.ToList())
        {
            if (now - p.LastEvent < quiet) continue;
            var look = Look(path);
            if (look is null || (p.LastLook == look && !Directory.Exists(path)) || Directory.Exists(path))
            {
                settled.Add(path);
                _pending.Remove(path);
            }
            else
            {
                // Changed since the last look (or first look): wait one more quiet period.
                _pending[path] = new Pending(now, look);
            }
        }
        return settled;
    }

    private static (long, DateTime)? Look(string path)
    {
        try
        {
            var f = new FileInfo(path);
            return f.Exists ? (f.Length, f.LastWriteTimeUtc) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
