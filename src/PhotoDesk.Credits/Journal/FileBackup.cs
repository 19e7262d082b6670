using System.Text.Json.Serialization;

namespace PhotoDesk.Credits.Journal;

/// <summary>
/// A file a batch may change, as it was before: a byte-exact copy (<see cref="Backup"/>, a name inside the batch's
/// folder) or the fact that it did not exist. <see cref="HashAfter"/> is what the batch left, so undo can tell
/// whether someone changed the file since.
/// </summary>
public sealed record FileBackup
{
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("existed")] public bool Existed { get; init; }
    [JsonPropertyName("backup")] public string? Backup { get; init; }
    [JsonPropertyName("size")] public long Size { get; init; }
    [JsonPropertyName("sha256")] public string? Hash { get; init; }
    [JsonPropertyName("modified_utc")] public DateTime? ModifiedUtc { get; init; }
    [JsonPropertyName("sha256_after")] public string? HashAfter { get; init; }
    [JsonPropertyName("exists_after")] public bool? ExistsAfter { get; init; }
}
