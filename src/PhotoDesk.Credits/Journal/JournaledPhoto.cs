using System.Text.Json.Serialization;
using PhotoDesk.Credits.Batches;

namespace PhotoDesk.Credits.Journal;

/// <summary>One photo of a batch: its before/after field values, the files that may change, and the outcome.</summary>
public sealed record JournaledPhoto
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("changes")] public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    [JsonPropertyName("files")] public IReadOnlyList<FileBackup> Files { get; init; } = [];
    /// <summary>The file the writer reports it wrote.</summary>
    [JsonPropertyName("written")] public string? Written { get; init; }
    /// <summary>Why this photo was not changed (the write failed), or null.</summary>
    [JsonPropertyName("error")] public string? Error { get; init; }
}
