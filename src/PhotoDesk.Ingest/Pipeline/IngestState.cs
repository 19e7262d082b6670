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

    public static IngestState Load(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), IngestStateJson.Default.IngestState) ?? new IngestState() : new IngestState();
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

    /// <summary>
    /// Reads the note once, applies <paramref name="change"/> and writes it back, unless it already said the same (a
    /// rescan leaves the index folder untouched).
    /// </summary>
    public static void Update(string indexPath, Func<IngestState, IngestState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var existed = File.Exists(Path.Combine(indexPath, FileName));
        var before = Load(indexPath);
        var after = change(before);
        if (existed && after.Roots.SequenceEqual(before.Roots, StringComparer.Ordinal)
            && after.Catalogs.SequenceEqual(before.Catalogs, StringComparer.Ordinal))
            return;
        after.Save(indexPath);
    }

    public void Save(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        var path = Path.Combine(indexPath, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, IngestStateJson.Default.IngestState));
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>The note's JSON, generated at build time (no reflection at start-up: every ingest reads the note).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IngestState))]
internal sealed partial class IngestStateJson : JsonSerializerContext;
