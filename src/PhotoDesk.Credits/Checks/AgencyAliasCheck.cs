using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Checks;

/// <summary>agency-alias: an agency written under one of its aliases ("Associated Press" for "AP"); suggests the canonical name.</summary>
public sealed class AgencyAliasCheck : ICreditCheck
{
    public string Rule => "agency-alias";
    public FindingSeverity Severity => FindingSeverity.Info;
    public string Explanation => "The agency is written under an alias; the credits file names a canonical form.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasAuthority) yield break;
        var aliased = context.Entries
            .SelectMany(e => CheckContext.AgencyNames(e).Append(e.Metadata.Source ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(n => (Name: n, Entry: e)))
            .Select(x => (x.Name, x.Entry, Agency: context.Authority.FindAgency(x.Name)))
            .Where(x => x.Agency is not null && !NameKey.SameKey(x.Name, x.Agency.Canonical))
            .GroupBy(x => x.Name, StringComparer.Ordinal);
        foreach (var group in aliased.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canonical = group.First().Agency!.Canonical;
            var photos = group.Select(x => CheckContext.RefOf(x.Entry)).Distinct().ToArray();
            yield return new CreditFinding(CreditFinding.MakeId(Rule, group.Key), Rule, Severity,
                $"Agency written as \"{group.Key}\" on {photos.Length} photo(s); the credits file's name is \"{canonical}\".",
                photos, group.Key, canonical, FixField: "agency");
        }
    }
}
