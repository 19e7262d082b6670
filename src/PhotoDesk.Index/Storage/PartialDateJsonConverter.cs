using System.Text.Json;
using System.Text.Json.Serialization;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Index.Storage;

/// <summary>A <see cref="PartialDate"/> as its ISO text (<c>2025</c>, <c>2025-06</c>, <c>2025-06-14</c>): the precision is in the text.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PartialDate.TryParseIso(text, out var value) ? value : throw new JsonException($"not a date: '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToIsoString());
}
