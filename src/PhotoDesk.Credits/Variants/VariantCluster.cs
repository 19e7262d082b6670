namespace PhotoDesk.Credits.Variants;

/// <summary>
/// One person written several ways: the canonical form (the authority file's, else the most frequent) and the other
/// forms with their counts, e.g. "Ringo Ciu" ×1 → "Ringo Chiu" ×4.
/// </summary>
public sealed record VariantCluster(
    string Canonical,
    int CanonicalCount,
    IReadOnlyList<NameVariant> Variants,
    IReadOnlyList<string> Agencies,
    bool CanonicalFromAuthority)
{
    public int TotalCount => CanonicalCount + Variants.Sum(v => v.Count);
}
