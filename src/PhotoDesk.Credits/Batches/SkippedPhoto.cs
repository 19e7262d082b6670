using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Batches;

/// <summary>A photo a batch leaves alone, and why (unreadable, nothing to change, changed since the preview, write failed).</summary>
public sealed record SkippedPhoto(PhotoRef Photo, string Reason);
