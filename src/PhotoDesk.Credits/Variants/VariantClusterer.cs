using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Variants;

/// <summary>
/// Groups the names an archive uses into people. Star clustering: names are taken most frequent first and each joins
/// the first cluster whose canonical form it matches directly, so "A ~ B ~ C" never chains A and C together.
/// Only clusters with at least one variant are returned.
/// </summary>
public sealed class VariantClusterer(CreditAuthority? authority = null)
{
    private readonly CreditAuthority _authority = authority ?? CreditAuthority.Empty;

    public IReadOnlyList<VariantCluster> Cluster(IEnumerable<NameObservation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var matcher = new VariantMatcher(_authority);
        var forms = MergeSameSpelling(observations);
        var groups = forms.GroupBy(f => NameKey.Of(f.Name), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Select(g => new KeyGroup(g.OrderBy(f => f, FormOrder.Instance).ToList(), _authority))
            .OrderBy(g => g, GroupOrder.Instance)
            .ToList();

        var clusters = new List<Builder>();
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FindHome(group, clusters, matcher) is { } home) home.Cluster.Add(group, home.Reason);
            else clusters.Add(new Builder(group, _authority));
        }
        return clusters.Select(c => c.Build()).Where(c => c.Variants.Count > 0)
            .OrderByDescending(c => c.TotalCount).ThenBy(c => c.Canonical, StringComparer.Ordinal).ToList();
    }

    private (Builder Cluster, VariantReason Reason)? FindHome(KeyGroup group, List<Builder> clusters, VariantMatcher matcher)
    {
        var person = _authority.FindPhotographer(group.Head.Name);
        foreach (var cluster in clusters)
        {
            if (person is not null && ReferenceEquals(person, cluster.Person)) return (cluster, VariantReason.Authority);
            // An authority canonical name always heads its own cluster.
            if (person is not null && NameKey.SameKey(person.Canonical, group.Head.Name)) continue;
            if (matcher.Match(group.Combined, cluster.Head.Combined) is { } reason) return (cluster, reason);
        }
        return null;
    }

    private static List<NameObservation> MergeSameSpelling(IEnumerable<NameObservation> observations) =>
        observations.Where(o => !string.IsNullOrWhiteSpace(o.Name))
            .GroupBy(o => o.Name.Trim(), StringComparer.Ordinal)
            .Select(g => new NameObservation(g.Key, g.Sum(o => o.Count),
                g.SelectMany(o => o.Agencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .ToList();

    /// <summary>Forms of one name that differ only in case/accents; the head is the form shown.</summary>
    private sealed class KeyGroup(List<NameObservation> forms, CreditAuthority authority)
    {
        public List<NameObservation> Forms { get; } = forms;
        public NameObservation Head => Forms[0];
        public int Count { get; } = forms.Sum(f => f.Count);
        public bool IsAuthorityCanonical { get; } = authority.FindPhotographer(forms[0].Name) is { } p && NameKey.SameKey(p.Canonical, forms[0].Name);
        public NameObservation Combined => new(Head.Name, Count, Forms.SelectMany(f => f.Agencies).Distinct(StringComparer.Ordinal).ToArray());
    }

    private sealed class Builder
    {
        private readonly List<(KeyGroup Group, VariantReason Reason)> _members = [];

        public Builder(KeyGroup head, CreditAuthority authority)
        {
            Head = head;
            Person = authority.FindPhotographer(head.Head.Name);
        }

        public KeyGroup Head { get; }
        public PhotographerAuthority? Person { get; }

        public void Add(KeyGroup group, VariantReason reason) => _members.Add((group, reason));

        public VariantCluster Build()
        {
            var canonical = Person?.Canonical ?? Head.Head.Name;
            // The head group differs from an authority canonical only when its name is a listed alias.
            var all = Head.Forms.Select(f => (Form: f, Reason: VariantReason.Authority))
                .Concat(_members.SelectMany(m => m.Group.Forms.Select(f => (Form: f, m.Reason))))
                .ToList();
            var canonicalCount = all.Where(a => a.Form.Name == canonical).Sum(a => a.Form.Count);
            var variants = all.Where(a => a.Form.Name != canonical)
                .Select(a => new NameVariant(a.Form.Name, a.Form.Count,
                    NameKey.SameKey(a.Form.Name, canonical) ? VariantReason.CaseOrAccents : a.Reason))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Name, StringComparer.Ordinal)
                .ToList();
            var agencies = all.SelectMany(a => a.Form.Agencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return new VariantCluster(canonical, canonicalCount, variants, agencies, Person is not null);
        }
    }

    /// <summary>Within one key: most used first, then mixed case over ALL CAPS, then accented over plain, then ordinal.</summary>
    private sealed class FormOrder : IComparer<NameObservation>
    {
        public static readonly FormOrder Instance = new();

        public int Compare(NameObservation? x, NameObservation? y)
        {
            if (x is null || y is null) return 0;
            var c = y.Count.CompareTo(x.Count);
            if (c != 0) return c;
            c = IsAllCaps(x.Name).CompareTo(IsAllCaps(y.Name));
            if (c != 0) return c;
            c = HasNonAscii(y.Name).CompareTo(HasNonAscii(x.Name));
            return c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
        }

        private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);
        private static bool HasNonAscii(string s) => s.Any(ch => ch > 127);
    }

    /// <summary>Authority canonicals first, then most used, then the fuller form ("Jae C. Hong" before "Jae Hong").</summary>
    private sealed class GroupOrder : IComparer<KeyGroup>
    {
        public static readonly GroupOrder Instance = new();

        public int Compare(KeyGroup? x, KeyGroup? y)
        {
            if (x is null || y is null) return 0;
            var c = y.IsAuthorityCanonical.CompareTo(x.IsAuthorityCanonical);
            if (c != 0) return c;
            c = y.Count.CompareTo(x.Count);
            if (c != 0) return c;
            c = TokenCount(y.Head.Name).CompareTo(TokenCount(x.Head.Name));
            return c != 0 ? c : string.CompareOrdinal(x.Head.Name, y.Head.Name);
        }

        private static int TokenCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
