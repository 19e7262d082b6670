using System.Text.Encodings.Web;
using System.Text.Json;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Journal;

namespace PhotoDesk.Credits.Desk;

/// <summary>
/// The JSON contract of the credit commands: findings <c>{id, rule, severity, message, photos: [{id, path}], found,
/// suggestion}</c>; a batch <c>{"batch", "changed", "photos": [{id, path, changes: [{field, before, after}]}], "skipped"}</c>;
/// history entries <c>{batch, time, user, command, photos, state, kind, description}</c>.
/// </summary>
public static class CreditJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static void WriteCheck(Utf8JsonWriter w, CheckReport report, bool stored)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        w.WriteNumber("checked", report.PhotosChecked);
        w.WriteBoolean("stored", stored);
        w.WriteStartArray("findings");
        foreach (var f in report.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter w, CreditFinding f)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(f);
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", f.Severity.ToName());
        w.WriteString("message", f.Message);
        w.WriteStartArray("photos");
        foreach (var p in f.Photos) WritePhoto(w, p);
        w.WriteEndArray();
        w.WriteString("found", f.Found);
        w.WriteString("suggestion", f.Suggestion);
        w.WriteEndObject();
    }

    /// <summary>A dry run (batch null) or an applied batch.</summary>
    public static void WriteBatch(Utf8JsonWriter w, string? batchId, IReadOnlyList<(PhotoRef Photo, IReadOnlyList<FieldChange> Changes)> changed, IReadOnlyList<SkippedPhoto> skipped, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("batch", batchId);
        w.WriteBoolean("dry_run", dryRun);
        w.WriteNumber("changed", changed.Count);
        w.WriteStartArray("photos");
        foreach (var (photo, changes) in changed)
        {
            w.WriteStartObject();
            w.WriteString("id", photo.Id);
            w.WriteString("path", photo.Path);
            w.WriteStartArray("changes");
            foreach (var c in changes)
            {
                w.WriteStartObject();
                w.WriteString("field", c.Field);
                WriteStrings(w, "before", c.Before);
                WriteStrings(w, "after", c.After);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in skipped)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Photo.Id);
            w.WriteString("path", s.Photo.Path);
            w.WriteString("reason", s.Reason);
            w.WriteBoolean("failed", s.IsFailure);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WritePlan(Utf8JsonWriter w, BatchPlan plan) =>
        WriteBatch(w, null, plan.Photos.Select(p => (p.Photo, p.Changes)).ToList(), plan.Skipped, dryRun: true);

    public static void WriteResult(Utf8JsonWriter w, BatchResult result) =>
        WriteBatch(w, result.BatchId, result.Changed.Select(p => (new PhotoRef(p.Id, p.Path), p.Changes)).ToList(), result.Skipped, dryRun: false);

    public static void WriteHistory(Utf8JsonWriter w, IEnumerable<BatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartArray();
        foreach (var r in records) WriteRecord(w, r);
        w.WriteEndArray();
    }

    public static void WriteRecord(Utf8JsonWriter w, BatchRecord r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("batch", r.Id);
        w.WriteString("time", r.Time);
        w.WriteString("user", r.User);
        w.WriteString("command", r.Command);
        w.WriteNumber("photos", r.Photos.Count(p => p.Error is null));
        w.WriteString("state", r.State.ToName());
        w.WriteString("kind", r.Kind);
        w.WriteString("description", r.Description);
        w.WriteEndObject();
    }

    private static void WritePhoto(Utf8JsonWriter w, PhotoRef p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("path", p.Path);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
