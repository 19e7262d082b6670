using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// What unknown-photographer and unknown-agency share: names the credits file does not list, grouped by name key,
/// each reported once under its most frequent spelling with the photos that carry it.
/// </summary>
internal static class UnknownNameFindings
{
    public static IEnumerable<CreditFinding> Run(
        CheckContext context,
        string rule,
        FindingSeverity severity,
        Func<PhotoEntry, IEnumerable<string>> namesOf,
        Func<string, bool> isListed,
        Func<string, int, string> message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasAuthority) yield break;
        var unknown = context.Entries
            .SelectMany(e => namesOf(e).Select(n => (Name: n, Entry: e)))
            .Where(x => !context.Authority.IsRole(x.Name) && !isListed(x.Name))
            .GroupBy(x => NameKey.Of(x.Name), StringComparer.Ordinal);
        foreach (var group in unknown.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = group.GroupBy(x => x.Name).OrderByDescending(g => g.Count()).First().Key;
            var photos = group.Select(x => CheckContext.RefOf(x.Entry)).Distinct().ToArray();
            yield return new CreditFinding(CreditFinding.MakeId(rule, group.Key), rule, severity,
                message(name, photos.Length), photos, name, Suggestion: null);
        }
    }
}
