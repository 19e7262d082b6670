using System.Text.Json;
using System.Text.Json.Serialization;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Storage;

/// <summary>
/// The stored form of a <see cref="PhotoEntry"/>: the whole record as JSON, so <c>Get(id)</c> returns exactly what
/// was indexed. Part of the index format (<see cref="Schema.IndexFormat"/>).
/// </summary>
public static class EntryJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        options.Converters.Add(new PartialDateJsonConverter());
        options.Converters.Add(new CaptureTimeJsonConverter());
        options.Converters.Add(new MetadataSourceJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(PhotoEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static byte[] SerializeToUtf8(PhotoEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    public static PhotoEntry Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<PhotoEntry>(utf8Json, Options) ?? throw new JsonException("stored photo entry is null");

    public static PhotoEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<PhotoEntry>(json, Options) ?? throw new JsonException("stored photo entry is null");
}
