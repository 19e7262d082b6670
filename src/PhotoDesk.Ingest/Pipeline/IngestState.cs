using System.Text.Json;
using System.Text.Json.Serialization;

namespace PhotoDesk.Ingest.Pipeline;

/// <summary>
/// What an index was built from: the archive folders ingested and the catalogs imported, kept in
/// <c>&lt;index&gt;/photodesk-sources.json</c> so <c>photodesk reindex</c> can rebuild it without being told again.
/// Written atomically by the index's writer (who holds the lock).
/// </summary>
public sealed record IngestState
{
    public const string FileName = "photodesk-sources.json";

    [JsonPropertyName("roots")] public IReadOnlyList<string> Roots { get; init; } = [];
    [JsonPropertyName("catalogs")] public IReadOnlyList<string> Catalogs { get; init; } = [];

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static IngestState Load(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<IngestState>(File.ReadAllText(path), Options) ?? new IngestState() : new IngestState();
        }
        catch (JsonException)
        {
            return new IngestState(); // a damaged note only costs naming the folders again
        }
    }

    public IngestState WithRoots(IEnumerable<string> roots) =>
        this with { Roots = Roots.Concat(roots).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() };

    public IngestState WithCatalog(string catalog) =>
        this with { Catalogs = Catalogs.Append(Path.GetFullPath(catalog)).Distinct(StringComparer.Ordinal).ToList() };

    public void Save(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        var path = Path.Combine(indexPath, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Options));
        File.Move(temp, path, overwrite: true);
    }
}
