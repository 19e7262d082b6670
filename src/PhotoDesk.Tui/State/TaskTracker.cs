namespace PhotoDesk.Tui.State;

/// <summary>
/// Starts background work on the thread pool and counts what is still running, so tests (and shutdown) can wait
/// until the desk is idle. Failures are reported, never lost on an unobserved task.
/// </summary>
public sealed class TaskTracker
{
    private readonly object _gate = new();
    private readonly List<Task> _running = [];

    /// <summary>Called with any exception a background job threw (the desk shows it in the status bar).</summary>
    public Action<Exception>? OnError { get; set; }

    public void Run(Action work)
    {
        var task = Task.Run(() =>
        {
            try { work(); }
            catch (OperationCanceledException) { }
            catch (Exception e) { OnError?.Invoke(e); }
        });
        lock (_gate)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(task);
        }
    }

    /// <summary>Completes when every job started so far (and any they started) has finished.</summary>
    public async Task WhenIdle(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Task[] pending;
            lock (_gate)
            {
                _running.RemoveAll(t => t.IsCompleted);
                pending = _running.ToArray();
            }
            if (pending.Length == 0) return;
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(deadline - DateTime.UtcNow)).ConfigureAwait(false);
        }
        throw new TimeoutException("the desk's background work did not finish");
    }
}
