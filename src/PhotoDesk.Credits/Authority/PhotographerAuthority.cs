using System.Text.Json.Serialization;

namespace PhotoDesk.Credits.Authority;

/// <summary>One photographer as the archive knows them: the name to use, the spellings seen, the agencies they work for.</summary>
public sealed record PhotographerAuthority
{
    [JsonPropertyName("canonical")]
    public required string Canonical { get; init; }

    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Canonical agency names the photographer is affiliated with; empty = unknown (no affiliation check).</summary>
    [JsonPropertyName("agencies")]
    public IReadOnlyList<string> Agencies { get; init; } = [];
}
