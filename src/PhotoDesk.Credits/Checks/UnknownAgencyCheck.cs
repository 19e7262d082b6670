using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Checks;

/// <summary>unknown-agency: an agency the credits file does not list (only when there is a credits file).</summary>
public sealed class UnknownAgencyCheck : ICreditCheck
{
    public string Rule => "unknown-agency";
    public FindingSeverity Severity => FindingSeverity.Info;
    public string Explanation => "The agency is not in credits.json, neither as a canonical name nor as an alias.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasAuthority) yield break;
        var unknown = context.Entries
            .SelectMany(e => CheckContext.AgencyNames(e).Select(n => (Name: n, Entry: e)))
            .Where(x => !context.Authority.IsRole(x.Name) && context.Authority.FindAgency(x.Name) is null)
            .GroupBy(x => NameKey.Of(x.Name), StringComparer.Ordinal);
        foreach (var group in unknown.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = group.GroupBy(x => x.Name).OrderByDescending(g => g.Count()).First().Key;
            var photos = group.Select(x => CheckContext.RefOf(x.Entry)).Distinct().ToArray();
            yield return new CreditFinding(CreditFinding.MakeId(Rule, group.Key), Rule, Severity,
                $"Agency \"{name}\" ({photos.Length} photo(s)) is not in the credits file.",
                photos, name, Suggestion: null);
        }
    }
}
