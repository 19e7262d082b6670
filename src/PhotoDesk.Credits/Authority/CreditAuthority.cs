using System.Text.Json.Serialization;
using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Authority;

/// <summary>
/// The archive's authority on credits (<c>credits.json</c>): photographers, agencies and the words that are roles,
/// not names. Lookups ignore case, accents and punctuation.
/// </summary>
public sealed record CreditAuthority
{
    public const string PhotographerPlaceholder = "{photographer}";

    public static readonly IReadOnlyList<string> DefaultRoles = ["Pool", "Handout", "File", "Staff", "Stringer"];

    public static readonly CreditAuthority Empty = new();

    [JsonPropertyName("photographers")]
    public IReadOnlyList<PhotographerAuthority> Photographers { get; init; } = [];

    [JsonPropertyName("agencies")]
    public IReadOnlyList<AgencyAuthority> Agencies { get; init; } = [];

    /// <summary>Tokens that name a role (Pool, Handout, File, Staff, Stringer), never a person or an agency.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init; } = DefaultRoles;

    [JsonIgnore]
    public bool IsEmpty => Photographers.Count == 0 && Agencies.Count == 0;

    // Not a field: `with` copies fields, and a copied cache would answer for the old lists.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CreditAuthority, Lookup> Lookups = new();
    private Lookup Index => Lookups.GetValue(this, a => new Lookup(a));

    /// <summary>The photographer a name (canonical or alias) stands for, or null when unknown.</summary>
    public PhotographerAuthority? FindPhotographer(string? name) =>
        Index.Photographers.TryGetValue(NameKey.Of(name), out var p) ? p : null;

    public AgencyAuthority? FindAgency(string? name) =>
        Index.Agencies.TryGetValue(NameKey.Of(name), out var a) ? a : null;

    public bool IsRole(string? token) => Index.Roles.Contains(NameKey.Of(token));

    /// <summary>True when both names are known and belong to two different photographers.</summary>
    public bool AreDistinctPhotographers(string a, string b)
    {
        var pa = FindPhotographer(a);
        var pb = FindPhotographer(b);
        return pa is not null && pb is not null && !ReferenceEquals(pa, pb);
    }

    /// <summary>Checks the file for contradictions: a name claimed twice, affiliations to unknown agencies, roles used as names.</summary>
    public IReadOnlyList<AuthorityMessage> Validate() => AuthorityValidator.Validate(this);

    private sealed class Lookup
    {
        public Dictionary<string, PhotographerAuthority> Photographers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, AgencyAuthority> Agencies { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

        public Lookup(CreditAuthority authority)
        {
            // Canonical names win over aliases; the first claim of a name wins (Validate reports the others).
            foreach (var p in authority.Photographers) Photographers.TryAdd(NameKey.Of(p.Canonical), p);
            foreach (var p in authority.Photographers)
                foreach (var alias in p.Aliases) Photographers.TryAdd(NameKey.Of(alias), p);
            foreach (var a in authority.Agencies) Agencies.TryAdd(NameKey.Of(a.Canonical), a);
            foreach (var a in authority.Agencies)
                foreach (var alias in a.Aliases) Agencies.TryAdd(NameKey.Of(alias), a);
            foreach (var r in authority.Roles) Roles.Add(NameKey.Of(r));
        }
    }
}
