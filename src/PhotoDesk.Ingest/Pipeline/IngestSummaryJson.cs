using System.Text.Json;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// The JSON contract of <c>photodesk ingest --json</c> (and import, reindex): one object with exactly the keys
/// scanned, added, updated, unchanged, removed, failed, failures ([{path, error}]) and elapsed_ms.
/// </summary>
public static class IngestSummaryJson
{
    public static string Write(IngestSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("scanned", summary.Scanned);
            json.WriteNumber("added", summary.Added);
            json.WriteNumber("updated", summary.Updated);
            json.WriteNumber("unchanged", summary.Unchanged);
            json.WriteNumber("removed", summary.Removed);
            json.WriteNumber("failed", summary.Failed);
            json.WriteStartArray("failures");
            foreach (var f in summary.Failures)
            {
                json.WriteStartObject();
                json.WriteString("path", f.Path);
                json.WriteString("error", f.Error);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("elapsed_ms", (long)summary.Elapsed.TotalMilliseconds);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
