using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Tagging;

/// <summary>
/// Adds or removes keywords on photos, read from the files. Adding keeps the order and appends what is missing
/// (a keyword already there in another case is not added twice); removing ignores case.
/// </summary>
public sealed class TagPlanner(IMetadataReader reader)
{
    public const string Kind = "tag";

    public BatchPlan Plan(TagOperation operation, IReadOnlyList<string> keywords, IEnumerable<PhotoRef> photos, WriteTarget target = WriteTarget.Sidecar,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(photos);
        var tags = keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (tags.Length == 0) throw new ArgumentException("no keyword given");
        var planned = new List<PlannedPhoto>();
        var skipped = new List<SkippedPhoto>();
        foreach (var photo in photos.DistinctBy(p => p.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            PhotoMetadata metadata;
            try
            {
                metadata = reader.Read(photo.Path, cancellationToken);
            }
            catch (PhotoReadException e)
            {
                skipped.Add(new SkippedPhoto(photo, e.Reason, IsFailure: true));
                continue;
            }
            var before = metadata.Keywords;
            IReadOnlyList<string> after = operation == TagOperation.Add
                ? before.Concat(tags.Where(t => !before.Contains(t, StringComparer.OrdinalIgnoreCase))).ToArray()
                : before.Where(k => !tags.Contains(k.Trim(), StringComparer.OrdinalIgnoreCase)).ToArray();
            if (MetadataValues.SameValues(before, after)) skipped.Add(new SkippedPhoto(photo, operation == TagOperation.Add ? "already tagged" : "not tagged"));
            else planned.Add(new PlannedPhoto(photo, [new FieldChange(PhotoFields.Keywords, before, after)]));
        }
        var verb = operation == TagOperation.Add ? "add" : "remove";
        return new BatchPlan(Kind, $"tag {verb}: {string.Join(", ", tags)}", target, planned, skipped);
    }
}
