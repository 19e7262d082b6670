using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Tui.State;

/// <summary>One spelling of a name beside its canonical form, with the photos that use it.</summary>
public sealed record VariantRow(VariantCluster Cluster, NameVariant Variant)
{
    public string Text => $"{Variant.Name} ×{Variant.Count} → {Cluster.Canonical} ×{Cluster.CanonicalCount}";
}
