using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Names;

namespace PhotoDesk.Credits.Checks;

/// <summary>
/// credit-mismatch: the caption's credit names someone the By-line/Creator does not, or a Credit Line that names
/// none of the caption credit's photographers and agencies.
/// </summary>
public sealed class CreditMismatchCheck : ICreditCheck
{
    public string Rule => "credit-mismatch";
    public FindingSeverity Severity => FindingSeverity.Warning;
    public string Explanation => "The credit at the end of the caption disagrees with the embedded By-line/Creator or Credit Line.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (CreatorMismatch(entry, context) is { } byline) yield return byline;
            if (CreditLineMismatch(entry, context) is { } creditLine) yield return creditLine;
        }
    }

    private CreditFinding? CreatorMismatch(PhotoEntry entry, CheckContext context)
    {
        var caption = entry.Caption.Photographers.Where(p => !context.Authority.IsRole(p)).ToArray();
        var creators = entry.Metadata.Creators.Where(p => !string.IsNullOrWhiteSpace(p) && !context.Authority.IsRole(p)).ToArray();
        if (caption.Length == 0 || creators.Length == 0) return null;
        var creatorKeys = creators.Select(c => PersonKey(c, context)).ToHashSet(StringComparer.Ordinal);
        if (caption.Any(p => creatorKeys.Contains(PersonKey(p, context)))) return null;
        var found = string.Join("; ", creators);
        var said = string.Join("; ", caption);
        return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id + "\ncreators"), Rule, Severity,
            $"The caption credits \"{said}\" but By-line/Creator says \"{found}\".",
            [CheckContext.RefOf(entry)], found, said);
    }

    private CreditFinding? CreditLineMismatch(PhotoEntry entry, CheckContext context)
    {
        var creditLine = entry.Metadata.CreditLine;
        if (string.IsNullOrWhiteSpace(creditLine) || string.IsNullOrWhiteSpace(entry.Caption.Credit)) return null;
        var names = entry.Caption.Photographers.Concat(entry.Caption.Agencies).Where(n => !string.IsNullOrWhiteSpace(n)).ToArray();
        if (names.Length == 0) return null;
        var lineKey = " " + NameKey.Of(creditLine.Replace('/', ' ')) + " ";
        bool Mentioned(string name)
        {
            var forms = new List<string> { name };
            if (context.Authority.FindAgency(name) is { } agency) forms.AddRange(agency.Aliases.Append(agency.Canonical));
            if (context.Authority.FindPhotographer(name) is { } person) forms.AddRange(person.Aliases.Append(person.Canonical));
            return forms.Any(f => lineKey.Contains(" " + NameKey.Of(f.Replace('/', ' ')) + " ", StringComparison.Ordinal));
        }
        if (names.Any(Mentioned)) return null;
        return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id + "\ncredit_line"), Rule, Severity,
            $"The caption's credit \"{entry.Caption.Credit}\" names nobody the Credit Line \"{creditLine}\" names.",
            [CheckContext.RefOf(entry)], creditLine, entry.Caption.Credit);
    }

    /// <summary>The authority's canonical key when the name is known, so an alias and its canonical agree.</summary>
    private static string PersonKey(string name, CheckContext context) =>
        NameKey.Of(context.Authority.FindPhotographer(name)?.Canonical ?? name);
}
