using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Fixes;

/// <summary>
/// Works out a credit correction from the photo files themselves (the index may lag): per photo, the old and new
/// value of every field it touches. The caption's credit is found by the caption parser and only that part of the
/// caption changes. Nothing is written here; <see cref="BatchRunner.Apply"/> does that.
/// </summary>
public sealed class CreditFixPlanner(IMetadataReader reader, ICaptionParser parser, TimeProvider? clock = null)
{
    public const string Kind = "credits-fix";
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public BatchPlan Plan(CreditFixRequest request, IEnumerable<PhotoRef> photos, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(photos);
        if (string.IsNullOrWhiteSpace(request.From) || string.IsNullOrWhiteSpace(request.To))
            throw new ArgumentException("both the name to replace and its replacement are needed");
        var replacer = new NameReplacer(request.From, request.To);
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
                skipped.Add(new SkippedPhoto(photo, e.Reason));
                continue;
            }
            var changes = Changes(metadata, request, replacer);
            if (changes.Count > 0) planned.Add(new PlannedPhoto(photo, changes));
            else skipped.Add(new SkippedPhoto(photo, $"nothing to change (no \"{request.From}\" in the fields a {request.Field.ToName()} fix touches)"));
        }
        var description = $"credits fix: \"{request.From}\" → \"{request.To}\" ({request.Field.ToName()})";
        return new BatchPlan(Kind, description, request.Target, planned, skipped);
    }

    /// <summary>The plan that applies a finding's suggestion to the finding's photos.</summary>
    public BatchPlan PlanAccept(CreditFinding finding, Core.Editing.WriteTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!finding.CanBeAccepted || !CreditFieldNames.TryParse(finding.FixField, out var field))
            throw new ArgumentException($"finding {finding.Id} ({finding.Rule}) has no suggestion that can be applied automatically");
        return Plan(new CreditFixRequest(finding.Found!, finding.Suggestion!, field, target), finding.Photos, cancellationToken);
    }

    private List<FieldChange> Changes(PhotoMetadata metadata, CreditFixRequest request, NameReplacer replacer)
    {
        var changes = new List<FieldChange>();
        void Scalar(string field, string? value)
        {
            if (value is null || !replacer.IsMatch(value)) return;
            var after = replacer.Replace(value);
            if (after != value) changes.Add(new FieldChange(field, [value], [after]));
        }

        if (request.Field == CreditField.Photographer && metadata.Creators.Any(replacer.IsMatch))
        {
            var after = metadata.Creators.Select(c => replacer.Replace(c)).Distinct(StringComparer.Ordinal).ToArray();
            if (!MetadataValues.SameValues(after, metadata.Creators)) changes.Add(new FieldChange(PhotoFields.Creators, metadata.Creators, after));
        }
        if (request.Field != CreditField.CreditLine && metadata.Description is { } caption)
        {
            var reference = metadata.CaptureTime?.Date ?? metadata.DateCreated?.Start ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            var credit = parser.Parse(caption, reference).Credit;
            var after = CaptionCredit.ReplaceInCredit(caption, credit, replacer);
            if (after != caption) changes.Add(new FieldChange(PhotoFields.Description, [caption], [after]));
        }
        Scalar(PhotoFields.CreditLine, metadata.CreditLine);
        if (request.Field != CreditField.CreditLine) Scalar(PhotoFields.Source, metadata.Source);
        return changes;
    }
}
