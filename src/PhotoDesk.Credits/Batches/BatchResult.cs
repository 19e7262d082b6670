using PhotoDesk.Credits.Journal;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// What <see cref="BatchRunner.Apply"/> did: the batch id (null when nothing needed changing), the photos changed
/// (with their before/after values), those left alone and why, and any interrupted batch recovered first.
/// </summary>
public sealed record BatchResult(string? BatchId, IReadOnlyList<JournaledPhoto> Changed, IReadOnlyList<SkippedPhoto> Skipped, RecoveryReport Recovery);
