namespace PhotoDesk.Ingest.Worker;

/// <summary>Why the worker stopped on its own (the index could not be opened, …): the command exits non-zero with it.</summary>
public sealed class WorkerHealth
{
    private Exception? _failure;

    public Exception? Failure => Volatile.Read(ref _failure);

    public void Fail(Exception failure) => Interlocked.CompareExchange(ref _failure, failure, null);
}
