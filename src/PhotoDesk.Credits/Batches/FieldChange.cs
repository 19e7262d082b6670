using System.Text.Json.Serialization;

namespace PhotoDesk.Credits.Batches;

/// <summary>One field of one photo, before and after (lists for list fields; one element or none for scalars).</summary>
public sealed record FieldChange(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("before")] IReadOnlyList<string> Before,
    [property: JsonPropertyName("after")] IReadOnlyList<string> After);
