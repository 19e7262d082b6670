using System.Text.Json.Serialization;

namespace PhotoDesk.Credits.Authority;

/// <summary>One agency: the name to use, other ways it is written ("AP", "AP Photo"), and how its credits are written.</summary>
public sealed record AgencyAuthority
{
    [JsonPropertyName("canonical")]
    public required string Canonical { get; init; }

    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The house style of a credit line, e.g. <c>{photographer}/AFP via Getty Images</c>.</summary>
    [JsonPropertyName("credit_style")]
    public string? CreditStyle { get; init; }

    /// <summary>The credit line for a photographer in this agency's style, or null without a style.</summary>
    public string? FormatCredit(string photographer) =>
        CreditStyle?.Replace(CreditAuthority.PhotographerPlaceholder, photographer, StringComparison.Ordinal);
}
