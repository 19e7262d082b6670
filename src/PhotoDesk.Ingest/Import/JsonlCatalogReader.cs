using System.Text.Json;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Ingest.Import;

/// <summary>
/// Reads a JSON Lines catalog export: one object per line with a <c>path</c> and any <c>photodesk inspect</c>
/// field; list fields (creators, keywords) as arrays (a string is split on <c>;</c>). Streams line by line; a line
/// that is not a JSON object becomes a record with an error, and the rest goes on.
/// </summary>
public sealed class JsonlCatalogReader
{
    public IEnumerable<CatalogRecord> Read(TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        long number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(number, line);
        }
    }

    public static CatalogRecord Parse(long number, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return new CatalogRecord(number, null, "not a JSON object");
            var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (CatalogFieldNames.Normalize(property.Name) is not { } field) continue;
                var list = Values(property.Value, PhotoFields.ListFields.Contains(field));
                if (list.Count > 0) values[field] = list;
            }
            return new CatalogRecord(number, values);
        }
        catch (JsonException e)
        {
            return new CatalogRecord(number, null, "not valid JSON: " + e.Message);
        }
    }

    private static IReadOnlyList<string> Values(JsonElement value, bool isList) => value.ValueKind switch
    {
        JsonValueKind.String when isList => value.GetString()!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? [s] : [],
        JsonValueKind.Number => [value.GetRawText()],
        JsonValueKind.True or JsonValueKind.False => [value.GetRawText()],
        JsonValueKind.Array => value.EnumerateArray()
            .Where(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())
            .Where(s => s.Length > 0)
            .ToArray(),
        JsonValueKind.Object when value.TryGetProperty("lat", out var lat) && value.TryGetProperty("lon", out var lon) =>
            [$"{lat.GetRawText()},{lon.GetRawText()}"],
        _ => [],
    };
}
