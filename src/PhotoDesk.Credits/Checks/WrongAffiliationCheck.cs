using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Checks;

/// <summary>wrong-affiliation: a photographer credited to agencies none of which the credits file affiliates them with.</summary>
public sealed class WrongAffiliationCheck : ICreditCheck
{
    public string Rule => "wrong-affiliation";
    public FindingSeverity Severity => FindingSeverity.Warning;
    public string Explanation => "The photographer is credited to an agency they are not affiliated with, per the credits file.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasAuthority) yield break;
        foreach (var entry in context.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var agencies = CheckContext.AgencyNames(entry).Where(a => !context.Authority.IsRole(a)).ToArray();
            if (agencies.Length == 0) continue;
            var agencyKeys = agencies.Select(a => NameKey.Of(context.Authority.FindAgency(a)?.Canonical ?? a)).ToHashSet(StringComparer.Ordinal);
            var people = entry.Photographers.Select(p => context.Authority.FindPhotographer(p)).OfType<Authority.PhotographerAuthority>().Distinct();
            foreach (var person in people.Where(p => p.Agencies.Count > 0))
            {
                var affiliated = person.Agencies.Select(a => NameKey.Of(context.Authority.FindAgency(a)?.Canonical ?? a));
                if (affiliated.Any(agencyKeys.Contains)) continue;
                yield return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id + "\n" + NameKey.Of(person.Canonical)), Rule, Severity,
                    $"{person.Canonical} is credited to {string.Join("/", agencies)}, but the credits file affiliates them with {string.Join(", ", person.Agencies)}.",
                    [CheckContext.RefOf(entry)], string.Join("/", agencies), string.Join(", ", person.Agencies));
            }
        }
    }
}
