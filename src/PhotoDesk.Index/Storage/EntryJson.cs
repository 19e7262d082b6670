using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PhotoDesk.Core.Indexing;

namespace PhotoDesk.Index.Storage;

/// <summary>
/// The stored form of a <see cref="PhotoEntry"/>: the whole record as JSON, so <c>Get(id)</c> returns exactly what
/// was indexed. Part of the index format (<see cref="Schema.IndexFormat"/>). Written and read through serializers
/// generated at build time (<see cref="EntryJsonContext"/>): a catalog import writes a million of them, and the
/// reflection-based serializer spent about 5 % of its CPU on looking up and calling property accessors.
/// </summary>
public static class EntryJson
{
    private static JsonTypeInfo<PhotoEntry> TypeInfo => EntryJsonContext.Default.PhotoEntry;

    public static string Serialize(PhotoEntry entry) => JsonSerializer.Serialize(entry, TypeInfo);

    public static byte[] SerializeToUtf8(PhotoEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, TypeInfo);

    public static PhotoEntry Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, TypeInfo) ?? throw new JsonException("stored photo entry is null");

    public static PhotoEntry Deserialize(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("stored photo entry is null");
}

/// <summary>The generated serializers of <see cref="EntryJson"/>; its options are the stored format's.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false,
    Converters = [typeof(PartialDateJsonConverter), typeof(CaptureTimeJsonConverter), typeof(MetadataSourceJsonConverter)])]
[JsonSerializable(typeof(PhotoEntry))]
internal sealed partial class EntryJsonContext : JsonSerializerContext;
