using System.Collections.Concurrent;

namespace PhotoDesk.Tui.State;

/// <summary>
/// A UI thread for a desk driven without Terminal.Gui's loop (headless tests, the desk benchmark): posts queue up and
/// run when the driver drains them, on the driver's thread.
/// </summary>
public sealed class QueuedUiThread : IUiThread
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
