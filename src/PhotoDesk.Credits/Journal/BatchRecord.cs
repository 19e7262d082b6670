using System.Text.Json.Serialization;

namespace PhotoDesk.Credits.Journal;

/// <summary>The journal's record of one batch (<c>batch.json</c> in the batch's folder).</summary>
public sealed record BatchRecord
{
    [JsonPropertyName("batch")] public required string Id { get; init; }
    [JsonPropertyName("time")] public DateTimeOffset Time { get; init; }
    [JsonPropertyName("user")] public string User { get; init; } = "";
    [JsonPropertyName("command")] public string Command { get; init; } = "";
    /// <summary>"credits-fix" or "tag".</summary>
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    /// <summary>"sidecar" or "embedded".</summary>
    [JsonPropertyName("target")] public string Target { get; init; } = "sidecar";
    [JsonPropertyName("state")] public BatchState State { get; init; }
    [JsonPropertyName("state_time")] public DateTimeOffset StateTime { get; init; }
    [JsonPropertyName("pid")] public int ProcessId { get; init; }
    [JsonPropertyName("photos")] public IReadOnlyList<JournaledPhoto> Photos { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<string> FilePaths => Photos.SelectMany(p => p.Files).Select(f => f.Path);
}
