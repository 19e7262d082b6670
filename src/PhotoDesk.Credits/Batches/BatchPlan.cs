using PhotoDesk.Core.Editing;

namespace PhotoDesk.Credits.Batches;

/// <summary>
/// A batch worked out but not applied: the preview a dry run prints and the TUI's fix dialog shows.
/// <see cref="Kind"/> is "credits-fix" or "tag"; <see cref="Description"/> says what it does in words.
/// </summary>
public sealed record BatchPlan(
    string Kind,
    string Description,
    WriteTarget Target,
    IReadOnlyList<PlannedPhoto> Photos,
    IReadOnlyList<SkippedPhoto> Skipped)
{
    public bool IsEmpty => Photos.Count == 0;
}
