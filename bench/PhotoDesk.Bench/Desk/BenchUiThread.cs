using System.Collections.Concurrent;
using PhotoDesk.Tui.State;

namespace PhotoDesk.Bench.Desk;

/// <summary>The benchmark's UI thread is its own loop: posts queue up and run when the loop drains them.</summary>
internal sealed class BenchUiThread : IUiThread
{
    private readonly ConcurrentQueue<Action> _queue = new();

    public void Post(Action action) => _queue.Enqueue(action);

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
