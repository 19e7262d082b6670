namespace PhotoDesk.Credits.Batches;

/// <summary>A batch operation that would lose or mix up someone's work (undo under a later batch, files changed since). Says what to do.</summary>
public sealed class BatchRefusedException(string message) : Exception(message);
