using System.Text.Json;
using System.Text.Json.Serialization;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Index.Storage;

/// <summary>A <see cref="CaptureTime"/> as ISO text, with the offset only when the camera stated one.</summary>
internal sealed class CaptureTimeJsonConverter : JsonConverter<CaptureTime>
{
    public override CaptureTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var text = reader.GetString();
        return CaptureTime.TryParseIso(text, out var value) ? value : throw new JsonException($"not a capture time: '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, CaptureTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToIsoString());
}
