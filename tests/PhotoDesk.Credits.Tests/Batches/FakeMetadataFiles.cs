using System.Text.Json;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;

namespace PhotoDesk.Credits.Tests.Batches;

/// <summary>
/// Stand-in for the real metadata reader/writer while those land in parallel: a "photo" is a JSON file of fields and
/// a sidecar (<c>photo.xmp</c>) a JSON file that overrides it. Exercises the journal with real files on disk.
/// </summary>
internal sealed class FakeMetadataFiles : IMetadataReader, IMetadataWriter
{
    public int Writes { get; private set; }
    public Func<string, bool>? FailFor { get; set; }

    public static void CreatePhoto(string path, string creator, string caption, string creditLine, params string[] keywords) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string[]>
        {
            [PhotoFields.Creators] = [creator], [PhotoFields.Description] = [caption], [PhotoFields.CreditLine] = [creditLine],
            [PhotoFields.Keywords] = keywords,
        }));

    public PhotoMetadata Read(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new PhotoReadException(path, "file not found");
        var fields = Load(path);
        var sidecar = Path.ChangeExtension(path, ".xmp");
        if (File.Exists(sidecar)) foreach (var (k, v) in Load(sidecar)) fields[k] = v;
        string? One(string f) => fields.TryGetValue(f, out var v) && v.Length > 0 ? v[0] : null;
        return new PhotoMetadata
        {
            Path = path,
            Creators = fields.GetValueOrDefault(PhotoFields.Creators) ?? [],
            Keywords = fields.GetValueOrDefault(PhotoFields.Keywords) ?? [],
            Description = One(PhotoFields.Description),
            CreditLine = One(PhotoFields.CreditLine),
            Source = One(PhotoFields.Source),
        };
    }

    public WriteOutcome Write(string photoPath, MetadataPatch patch, WriteTarget target, CancellationToken cancellationToken = default)
    {
        if (FailFor?.Invoke(photoPath) == true) throw new IOException($"{Path.GetFileName(photoPath)}: disk says no");
        var file = target == WriteTarget.Embedded ? photoPath : Path.ChangeExtension(photoPath, ".xmp");
        var fields = File.Exists(file) ? Load(file) : new Dictionary<string, string[]>();
        foreach (var (k, v) in patch.Values) fields[k] = v.ToArray();
        File.WriteAllText(file, JsonSerializer.Serialize(fields));
        Writes++;
        return new WriteOutcome(file, target);
    }

    private static Dictionary<string, string[]> Load(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(path)) ?? [];
}

/// <summary>Records what it was asked to re-index; can be told to fail like a locked index.</summary>
internal sealed class RecordingReindexer : IPhotoReindexer
{
    public List<IReadOnlyList<PhotoRef>> Calls { get; } = [];
    public bool Fail { get; set; }

    public void Reindex(IReadOnlyList<PhotoRef> photos, CancellationToken cancellationToken)
    {
        if (Fail) throw new InvalidOperationException("the index is locked");
        Calls.Add(photos);
    }
}
