using System.Text.Json;

namespace PhotoDesk.Bench.Corpus;

/// <summary>Writes a catalog export (JSON Lines, inspect's field names) of N records for `photodesk import`.</summary>
public static class CatalogWriter
{
    public static void Write(string path, int count, CancellationToken cancellationToken = default)
    {
        var pool = new CaptionPool();
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        var newline = "\n"u8.ToArray();
        for (var n = 0; n < count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = pool.Get(n);
            json.WriteStartObject();
            json.WriteString("path", $"/offline/archive/{c.Date:yyyy/MM/dd}/photo-{n:D7}.jpg");
            json.WriteString("description", c.Text);
            json.WriteStartArray("creators");
            json.WriteStringValue(c.Photographer);
            json.WriteEndArray();
            json.WriteString("credit_line", string.Join('/', c.Agencies));
            json.WriteString("date_created", c.Date.ToString("yyyy-MM-dd"));
            json.WriteString("city", c.City);
            json.WriteStartArray("keywords");
            json.WriteStringValue("news");
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.Write(newline);
        }
    }
}
