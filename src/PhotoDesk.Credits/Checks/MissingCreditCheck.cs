namespace PhotoDesk.Credits.Checks;

/// <summary>missing-credit: a photo with no photographer and no agency anywhere (fields, caption, role words).</summary>
public sealed class MissingCreditCheck : ICreditCheck
{
    public string Rule => "missing-credit";
    public FindingSeverity Severity => FindingSeverity.Error;
    public string Explanation => "The photo names no photographer and no agency anywhere: not in By-line/Creator, Credit Line, Source or the caption.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = entry.Metadata;
            var hasCredit = CheckContext.PhotographerNames(entry).Any() || CheckContext.AgencyNames(entry).Any()
                            || !string.IsNullOrWhiteSpace(m.CreditLine) || !string.IsNullOrWhiteSpace(m.Source)
                            || !string.IsNullOrWhiteSpace(entry.Caption.Credit) || entry.Caption.Flags.Count > 0;
            if (hasCredit) continue;
            yield return new CreditFinding(CreditFinding.MakeId(Rule, entry.Id), Rule, Severity,
                "No photographer or agency is named anywhere (By-line/Creator, Credit Line, Source and the caption are all empty of a credit).",
                [CheckContext.RefOf(entry)], Found: null, Suggestion: null);
        }
    }
}
