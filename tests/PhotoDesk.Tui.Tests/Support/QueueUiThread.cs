using System.Collections.Concurrent;
using PhotoDesk.Tui.State;

namespace PhotoDesk.Tui.Tests.Support;

/// <summary>The UI thread of a headless test: posts queue up and run when the test drains them, on the test's thread.</summary>
public sealed class QueueUiThread : IUiThread
{
    private readonly ConcurrentQueue<Action> _queue = new();

    public void Post(Action action) => _queue.Enqueue(action);

    /// <summary>Runs what is queued; returns how many ran.</summary>
    public int Drain()
    {
        var ran = 0;
        while (_queue.TryDequeue(out var action))
        {
            action();
            ran++;
        }
        return ran;
    }
}
