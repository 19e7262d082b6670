using System.Globalization;
using System.Text.Json;

namespace PhotoDesk.SampleArchive.Gallery;

/// <summary>Reads seed-gallery.jsonl: one JSON object per line with <c>caption</c>, <c>reference_date</c>, <c>expected</c>.</summary>
public static class SeedGallery
{
    public static IReadOnlyList<SeedPhoto> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"seed gallery not found: {path}", path);

        var photos = new List<SeedPhoto>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                photos.Add(Parse(photos.Count + 1, line));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a seed gallery record ({e.Message})", e);
            }
        }
        return photos;
    }

    private static SeedPhoto Parse(int number, string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var expected = root.GetProperty("expected");
        return new SeedPhoto(
            number,
            root.GetProperty("caption").GetString() ?? throw new FormatException("caption is null"),
            DateOnly.ParseExact(root.GetProperty("reference_date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Strings(expected, "photographers"),
            Strings(expected, "agencies"),
            Text(expected, "date"),
            Text(expected, "city"),
            Text(expected, "region"));
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").Where(s => s.Length > 0).ToArray()
            : [];
}
