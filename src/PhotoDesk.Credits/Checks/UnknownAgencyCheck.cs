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
        return UnknownNameFindings.Run(context, Rule, Severity, CheckContext.AgencyNames, name => context.Authority.FindAgency(name) is not null,
            (name, count) => $"Agency \"{name}\" ({count} photo(s)) is not in the credits file.", cancellationToken);
    }
}
