using PhotoDesk.Core.Editing;
using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Batches;

/// <summary>What a batch will do to one photo: a preview row (old → new per field) and the patch to write.</summary>
public sealed record PlannedPhoto(PhotoRef Photo, IReadOnlyList<FieldChange> Changes)
{
    public MetadataPatch Patch => new(Changes.ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal));
}
