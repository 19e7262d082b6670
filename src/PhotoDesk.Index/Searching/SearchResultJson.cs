using System.Text.Encodings.Web;
using System.Text.Json;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// The JSON contract of <c>photodesk search --json</c>:
/// <c>{"total", "took_ms", "hits": [{"id", "path", "score", "date", "photographers", "agencies", "city", "region",
/// "country", "headline", "caption", "keywords", "highlight"}], "facets": {"FIELD": [{"value", "count"}]}}</c>.
/// </summary>
public static class SearchResultJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        // Keep "São Paulo" readable; control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Utf8JsonWriter json, SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        json.WriteStartObject();
        json.WriteNumber("total", result.Total);
        json.WriteNumber("took_ms", Math.Round(result.TookMs, 3));
        json.WriteStartArray("hits");
        foreach (var hit in result.Hits) WriteHit(json, hit);
        json.WriteEndArray();
        json.WriteStartObject("facets");
        foreach (var (facet, counts) in result.Facets)
        {
            json.WriteStartArray(facet);
            foreach (var count in counts)
            {
                json.WriteStartObject();
                json.WriteString("value", count.Value);
                json.WriteNumber("count", count.Count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The object printed for a query that failed in <c>--stdin</c> mode.</summary>
    public static void WriteError(Utf8JsonWriter json, string message)
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    }

    public static string ToJson(SearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions)) Write(json, result);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        var e = hit.Entry;
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("path", e.Path);
        json.WriteNumber("score", Math.Round(hit.Score, 4));
        WriteNullable(json, "date", e.Date?.ToIsoString());
        WriteList(json, "photographers", e.Photographers);
        WriteList(json, "agencies", e.Agencies);
        WriteNullable(json, "city", e.Place.City);
        WriteNullable(json, "region", e.Place.Region);
        WriteNullable(json, "country", e.Place.Country);
        WriteNullable(json, "headline", e.Metadata.Headline);
        WriteNullable(json, "caption", e.Metadata.Description);
        WriteList(json, "keywords", e.Keywords);
        WriteNullable(json, "highlight", hit.Highlight);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteList(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
