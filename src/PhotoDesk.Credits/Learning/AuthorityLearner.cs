using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Names;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Credits.Learning;

/// <summary>
/// Proposes a <c>credits.json</c> from what the archive says, for a person to review: each photographer under their
/// most frequent spelling with the clustered variants as aliases and the agencies seen with them; each agency under
/// its most frequent form with its house credit style (the most common credit text with the name replaced).
/// </summary>
public sealed class AuthorityLearner(CreditAuthority? existing = null)
{
    private readonly CreditAuthority _existing = existing ?? CreditAuthority.Empty;

    public CreditAuthority Propose(IEnumerable<CreditObservation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var list = observations.ToList();
        var agencies = ProposeAgencies(list);
        var agencyOf = agencies.SelectMany(a => a.Aliases.Append(a.Canonical).Select(n => (Key: NameKey.Of(n), a.Canonical)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Canonical, StringComparer.Ordinal);

        var names = list.SelectMany(o => o.Photographers.Where(p => !_existing.IsRole(p)).Select(p => (Name: p.Trim(), o.Agencies)))
            .Where(x => x.Name.Length > 0)
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Select(g => new NameObservation(g.Key, g.Count(), g.SelectMany(x => x.Agencies).Distinct(StringComparer.Ordinal).ToArray()))
            .ToList();
        var clusters = new VariantClusterer(_existing).Cluster(names, cancellationToken);
        var inCluster = clusters.SelectMany(c => c.Variants.Select(v => v.Name).Append(c.Canonical)).ToHashSet(StringComparer.Ordinal);

        var photographers = clusters
            .Select(c => new PhotographerAuthority
            {
                Canonical = c.Canonical,
                Aliases = c.Variants.Where(v => !NameKey.SameKey(v.Name, c.Canonical)).Select(v => v.Name).Distinct(StringComparer.Ordinal).ToArray(),
                Agencies = Canonicalise(c.Agencies, agencyOf),
            })
            .Concat(names.Where(n => !inCluster.Contains(n.Name))
                .GroupBy(n => NameKey.Of(n.Name))
                .Select(g => g.OrderByDescending(n => n.Count).ThenBy(n => n.Name, StringComparer.Ordinal).First())
                .Select(n => new PhotographerAuthority { Canonical = n.Name, Agencies = Canonicalise(n.Agencies, agencyOf) }))
            .OrderBy(p => p.Canonical, StringComparer.Ordinal)
            .ToList();

        return new CreditAuthority { Photographers = photographers, Agencies = agencies, Roles = _existing.Roles };
    }

    private List<AgencyAuthority> ProposeAgencies(List<CreditObservation> list)
    {
        var counts = list.SelectMany(o => o.Agencies).Where(a => !string.IsNullOrWhiteSpace(a) && !_existing.IsRole(a))
            .GroupBy(a => a.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // One group per agency: same key, or known to be the same organisation.
        var groups = new List<List<string>>();
        foreach (var name in counts.Keys.OrderByDescending(n => counts[n]).ThenBy(n => n, StringComparer.Ordinal))
        {
            var known = KnownAgencyAliases.For(name).Select(NameKey.Of).Append(NameKey.Of(name)).ToHashSet(StringComparer.Ordinal);
            var group = groups.FirstOrDefault(g => g.Any(n => known.Contains(NameKey.Of(n))));
            if (group is null) groups.Add([name]);
            else group.Add(name);
        }
        var styles = LearnStyles(list);
        return groups.Select(g => new AgencyAuthority
            {
                Canonical = g[0],
                Aliases = g.Skip(1).Where(n => !NameKey.SameKey(n, g[0])).Concat(KnownAgencyAliases.For(g[0]))
                    .Where(n => !NameKey.SameKey(n, g[0])).DistinctBy(NameKey.Of, StringComparer.Ordinal).ToArray(),
                CreditStyle = g.Select(n => styles.GetValueOrDefault(NameKey.Of(n))).FirstOrDefault(s => s is not null),
            })
            .OrderBy(a => a.Canonical, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Originating agency key → its most frequent credit template (ties: alphabetical).</summary>
    private static Dictionary<string, string> LearnStyles(List<CreditObservation> list) =>
        list.Where(o => o.CreditText is not null && o.Photographers.Count == 1 && o.Agencies.Count > 0
                        && o.CreditText.Contains(o.Photographers[0], StringComparison.Ordinal))
            .Select(o => (Agency: NameKey.Of(o.Agencies[0]), Style: o.CreditText!.Trim().Replace(o.Photographers[0], CreditAuthority.PhotographerPlaceholder, StringComparison.Ordinal)))
            .GroupBy(x => x.Agency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Style, StringComparer.Ordinal)
                .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);

    private static string[] Canonicalise(IEnumerable<string> agencies, Dictionary<string, string> agencyOf) =>
        agencies.Select(a => agencyOf.GetValueOrDefault(NameKey.Of(a), a)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
