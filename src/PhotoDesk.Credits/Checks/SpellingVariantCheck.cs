using PhotoDesk.Credits.Names;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Credits.Checks;

/// <summary>spelling-variant: one finding per variant spelling of a photographer's name, with the canonical form to use.</summary>
public sealed class SpellingVariantCheck : ICreditCheck
{
    public string Rule => "spelling-variant";
    public FindingSeverity Severity => FindingSeverity.Warning;
    public string Explanation => "A photographer's name is spelt differently on some photos (a dropped letter, a missing middle initial, case or accents); the most frequent spelling, or the credits file's, is suggested.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var cluster in context.Clusters)
        {
            foreach (var variant in cluster.Variants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var photos = context.Entries.Where(e => CheckContext.PhotographerNames(e).Contains(variant.Name, StringComparer.Ordinal))
                    .Select(CheckContext.RefOf).ToArray();
                if (photos.Length == 0) continue;
                var source = cluster.CanonicalFromAuthority ? "the credits file's spelling" : $"{Photos(cluster.CanonicalCount)}";
                yield return new CreditFinding(
                    CreditFinding.MakeId(Rule, NameKey.Of(cluster.Canonical) + "\n" + variant.Name),
                    Rule, Severity,
                    $"\"{variant.Name}\" ({Photos(variant.Count)}) looks like \"{cluster.Canonical}\" ({source}): {variant.Reason.ToText()}.",
                    photos, variant.Name, cluster.Canonical, FixField: "photographer");
            }
        }
    }

    private static string Photos(int n) => n == 1 ? "1 photo" : $"{n} photos";
}
