using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Names;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// What checks look at: the photos (all, or a query's hits) and the authority file. <see cref="HasAuthority"/> is
/// false when the archive has no credits.json: the rules that need one stay silent. Variant clusters are computed
/// once, on first use, over <see cref="ClusterEntries"/> (the whole archive, so that a query's hits are compared
/// with every spelling the archive uses).
/// </summary>
public sealed class CheckContext
{
    private readonly Lazy<IReadOnlyList<VariantCluster>> _clusters;

    public CheckContext(IReadOnlyList<PhotoEntry> entries, CreditAuthority? authority = null, IReadOnlyList<PhotoEntry>? clusterEntries = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        Authority = authority ?? CreditAuthority.Empty;
        HasAuthority = authority is not null;
        ClusterEntries = clusterEntries ?? entries;
        _clusters = new Lazy<IReadOnlyList<VariantCluster>>(() => new VariantClusterer(Authority).Cluster(PhotographerObservations(ClusterEntries)));
    }

    public IReadOnlyList<PhotoEntry> Entries { get; }
    public IReadOnlyList<PhotoEntry> ClusterEntries { get; }
    public CreditAuthority Authority { get; }
    public bool HasAuthority { get; }
    public IReadOnlyList<VariantCluster> Clusters => _clusters.Value;

    /// <summary>Every photographer name a photo carries (resolved, By-line/Creator and caption credit), once per photo.</summary>
    public static IEnumerable<string> PhotographerNames(PhotoEntry entry) =>
        entry.Photographers.Concat(entry.Metadata.Creators).Concat(entry.Caption.Photographers)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal);

    /// <summary>Every agency name a photo carries (resolved and caption credit), once per photo.</summary>
    public static IEnumerable<string> AgencyNames(PhotoEntry entry) =>
        entry.Agencies.Concat(entry.Caption.Agencies)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal);

    public static IReadOnlyList<NameObservation> PhotographerObservations(IEnumerable<PhotoEntry> entries) =>
        entries.SelectMany(e => PhotographerNames(e).Select(n => (Name: n, Agencies: AgencyNames(e).ToArray())))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Select(g => new NameObservation(g.Key, g.Count(), g.SelectMany(x => x.Agencies).Distinct(StringComparer.Ordinal).ToArray()))
            .ToList();

    public static PhotoRef RefOf(PhotoEntry entry) => new(entry.Id, entry.Path);

    /// <summary>True when two names are the same after folding case, accents and punctuation.</summary>
    public static bool Same(string a, string b) => NameKey.SameKey(a, b);
}
