using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Variants;

/// <summary>
/// Decides whether two observed names are one person. Conservative by design: a wrong merge rewrites a credit to
/// someone else's name, which is worse than a missed variant. Different first names never match; a shared surname
/// alone never matches; a misspelt surname needs a shared agency (when both are known) and one form clearly rarer.
/// </summary>
public sealed class VariantMatcher(CreditAuthority? authority = null)
{
    private readonly CreditAuthority _authority = authority ?? CreditAuthority.Empty;

    /// <summary>The longest surname edit accepted: one change up to 6 letters, two from 7 letters.</summary>
    public static int MaxSurnameDistance(int length) => length >= 7 ? 2 : 1;

    /// <summary>A rarer form must be seen at most this often, or at least this many times less than the other.</summary>
    public const int RareCount = 2;
    public const int FrequencyRatio = 3;

    public VariantReason? Match(NameObservation a, NameObservation b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (NameKey.SameKey(a.Name, b.Name)) return VariantReason.CaseOrAccents;
        if (_authority.AreDistinctPhotographers(a.Name, b.Name)) return null;
        var pa = _authority.FindPhotographer(a.Name);
        if (pa is not null && ReferenceEquals(pa, _authority.FindPhotographer(b.Name))) return VariantReason.Authority;
        if (_authority.IsRole(a.Name) || _authority.IsRole(b.Name)) return null;

        var x = PersonName.Parse(a.Name);
        var y = PersonName.Parse(b.Name);
        if (x is null || y is null) return null;
        if (x.First != y.First) return null;
        if (HaveDisjointAgencies(a, b)) return null;
        if (!x.MiddleNames.SequenceEqual(y.MiddleNames)) return null;

        if (x.Last == y.Last)
        {
            // Same first, middle and last names: only the initials differ. One list must contain the other
            // ("Jae Hong" / "Jae C. Hong"); two different initials ("Jae C. Hong" / "Jae D. Hong") are two people.
            return IsSubset(x.MiddleInitials, y.MiddleInitials) || IsSubset(y.MiddleInitials, x.MiddleInitials)
                ? VariantReason.MiddleInitial
                : null;
        }

        if (!x.MiddleInitials.SequenceEqual(y.MiddleInitials)) return null;
        return IsSurnameTypo(x.Last, y.Last) && OneIsRare(a.Count, b.Count) ? VariantReason.Spelling : null;
    }

    private static bool IsSurnameTypo(string a, string b)
    {
        // The first letter is kept: "Hong" and "Wong" are different families, not a typo.
        if (a.Length < 3 || b.Length < 3 || a[0] != b[0]) return false;
        var distance = EditDistance.DamerauLevenshtein(a, b);
        return distance <= MaxSurnameDistance(Math.Max(a.Length, b.Length));
    }

    private static bool OneIsRare(int a, int b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        return low <= RareCount || high >= FrequencyRatio * low;
    }

    private static bool HaveDisjointAgencies(NameObservation a, NameObservation b)
    {
        if (a.Agencies.Count == 0 || b.Agencies.Count == 0) return false;
        var keys = a.Agencies.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        return !b.Agencies.Any(g => keys.Contains(NameKey.Of(g)));
    }

    private static bool IsSubset(IReadOnlyList<string> small, IReadOnlyList<string> large) =>
        small.Count < large.Count && small.All(large.Contains);
}
