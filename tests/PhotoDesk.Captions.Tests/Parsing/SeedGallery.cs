using System.Text.Json;
using Xunit;
using PhotoDesk.Captions.Tests.Support;

namespace PhotoDesk.Captions.Tests.Parsing;

/// <summary>
/// The seed article's 49 gallery captions with the fields an archivist expects (TestData/seed-gallery.jsonl, copied
/// from ../shared/corpus). Only the fields a row states are checked; "" means none.
/// </summary>
public static class SeedGallery
{
    public sealed record Row(int Line, string Caption, DateOnly Reference, IReadOnlyDictionary<string, JsonElement> Expected)
    {
        public override string ToString() => $"line {Line}";
    }

    public static IReadOnlyList<Row> Load()
    {
        var rows = new List<Row>();
        var line = 0;
        foreach (var text in File.ReadLines(TestDataFiles.Path("seed-gallery.jsonl")))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            var expected = root.GetProperty("expected").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            rows.Add(new Row(line, root.GetProperty("caption").GetString()!, DateOnly.Parse(root.GetProperty("reference_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), expected));
        }
        return rows;
    }

    public static TheoryData<int> Lines()
    {
        var data = new TheoryData<int>();
        foreach (var row in Load()) data.Add(row.Line);
        return data;
    }

    public static Row At(int line) => Load().Single(r => r.Line == line);

    public static IReadOnlyList<string> Strings(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [e.GetString() ?? ""];
}
