using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// A photo a batch leaves alone, and why. <see cref="IsFailure"/> marks a photo that should have changed but could not
/// (unreadable, write failed, changed since the preview); "nothing to change" and "already tagged" are not failures.
/// </summary>
public sealed record SkippedPhoto(PhotoRef Photo, string Reason, bool IsFailure = false);
