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
        return PlanMany([(request, photos.ToList())], cancellationToken);
    }

    /// <summary>
    /// One batch for several corrections (e.g. every accepted finding of a rule). A photo named by several requests
    /// gets them applied one after the other to the same values, so the result is one consistent change per photo.
    /// </summary>
    public BatchPlan PlanMany(IReadOnlyList<(CreditFixRequest Request, IReadOnlyList<PhotoRef> Photos)> fixes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        if (fixes.Count == 0) throw new ArgumentException("no correction to plan");
        foreach (var (request, _) in fixes)
        {
            if (string.IsNullOrWhiteSpace(request.From) || string.IsNullOrWhiteSpace(request.To))
                throw new ArgumentException("both the name to replace and its replacement are needed");
        }
        var target = fixes[0].Request.Target;
        var byPhoto = fixes.SelectMany(f => f.Photos.Select(p => (Photo: p, f.Request)))
            .GroupBy(x => x.Photo.Path, StringComparer.Ordinal)
            .Select(g => (Photo: g.First().Photo, Requests: g.Select(x => x.Request).Distinct().ToList()));
        var planned = new List<PlannedPhoto>();
        var skipped = new List<SkippedPhoto>();
        foreach (var (photo, requests) in byPhoto)
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
            var changes = Changes(metadata, requests);
            if (changes.Count > 0) planned.Add(new PlannedPhoto(photo, changes));
            else skipped.Add(new SkippedPhoto(photo, $"nothing to change (no \"{string.Join("\", \"", requests.Select(r => r.From))}\" where a {requests[0].Field.ToName()} fix looks)"));
        }
        var description = "credits fix: " + string.Join("; ", fixes.Select(f => $"\"{f.Request.From}\" → \"{f.Request.To}\" ({f.Request.Field.ToName()})").Distinct());
        return new BatchPlan(Kind, description, target, planned, skipped);
    }

    /// <summary>The plan that applies a finding's suggestion to the finding's photos.</summary>
    public BatchPlan PlanAccept(CreditFinding finding, Core.Editing.WriteTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!finding.CanBeAccepted || !CreditFieldNames.TryParse(finding.FixField, out var field))
            throw new ArgumentException($"finding {finding.Id} ({finding.Rule}) has no suggestion that can be applied automatically");
        return Plan(new CreditFixRequest(finding.Found!, finding.Suggestion!, field, target), finding.Photos, cancellationToken);
    }

    private List<FieldChange> Changes(PhotoMetadata metadata, IReadOnlyList<CreditFixRequest> requests)
    {
        IReadOnlyList<string> creators = metadata.Creators;
        var caption = metadata.Description;
        var creditLine = metadata.CreditLine;
        var source = metadata.Source;
        var reference = metadata.CaptureTime?.Date ?? metadata.DateCreated?.Start ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        foreach (var request in requests)
        {
            var replacer = new NameReplacer(request.From, request.To);
            string? Replace(string? value) => value is not null && replacer.IsMatch(value) ? replacer.Replace(value) : value;
            if (request.Field == CreditField.Photographer && creators.Any(replacer.IsMatch))
                creators = creators.Select(c => replacer.Replace(c)).Distinct(StringComparer.Ordinal).ToArray();
            if (request.Field != CreditField.CreditLine && caption is not null)
                caption = CaptionCredit.ReplaceInCredit(caption, parser.Parse(caption, reference).Credit, replacer);
            creditLine = Replace(creditLine);
            if (request.Field != CreditField.CreditLine) source = Replace(source);
        }

        var changes = new List<FieldChange>();
        if (!MetadataValues.SameValues(creators, metadata.Creators)) changes.Add(new FieldChange(PhotoFields.Creators, metadata.Creators, creators));
        AddScalar(changes, PhotoFields.Description, metadata.Description, caption);
        AddScalar(changes, PhotoFields.CreditLine, metadata.CreditLine, creditLine);
        AddScalar(changes, PhotoFields.Source, metadata.Source, source);
        return changes;
    }

    private static void AddScalar(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (before == after || before is null || after is null) return;
        changes.Add(new FieldChange(field, [before], [after]));
    }
}
