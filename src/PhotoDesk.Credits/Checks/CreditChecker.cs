namespace PhotoDesk.Credits.Checks;

/// <summary>Runs the credit rules and orders their findings (most severe first, then by rule and id).</summary>
public sealed class CreditChecker(IReadOnlyList<ICreditCheck> checks)
{
    /// <summary>Every rule PhotoDesk knows, in the order they are listed in help.</summary>
    public static IReadOnlyList<ICreditCheck> AllChecks() =>
    [
        new MissingCreditCheck(),
        new CreditMismatchCheck(),
        new SpellingVariantCheck(),
        new UnknownPhotographerCheck(),
        new UnknownAgencyCheck(),
        new AgencyAliasCheck(),
        new WrongAffiliationCheck(),
        new IimTruncatedCheck(),
        new DateMismatchCheck(),
    ];

    public CreditChecker() : this(AllChecks()) { }

    public IReadOnlyList<ICreditCheck> Checks { get; } = checks;

    public CheckReport Run(CheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = Checks.SelectMany(c => c.Run(context, cancellationToken))
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(findings, context.Entries.Count);
    }
}
