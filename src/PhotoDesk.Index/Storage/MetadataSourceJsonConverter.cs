using System.Text.Json;
using System.Text.Json.Serialization;
using PhotoDesk.Core.Photos;

namespace PhotoDesk.Index.Storage;

/// <summary>A <see cref="MetadataSource"/> by its stable name (<c>xmp-sidecar</c>, <c>caption</c>, …).</summary>
internal sealed class MetadataSourceJsonConverter : JsonConverter<MetadataSource>
{
    public override MetadataSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MetadataSourceNames.Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, MetadataSource value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToName());
}
