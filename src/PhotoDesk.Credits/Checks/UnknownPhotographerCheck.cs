namespace PhotoDesk.Credits.Checks;

/// <summary>unknown-photographer: a photographer the credits file does not list (only when there is a credits file).</summary>
public sealed class UnknownPhotographerCheck : ICreditCheck
{
    public string Rule => "unknown-photographer";
    public FindingSeverity Severity => FindingSeverity.Info;
    public string Explanation => "The photographer is not in credits.json, neither as a canonical name nor as an alias.";

    public IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return UnknownNameFindings.Run(context, Rule, Severity, CheckContext.PhotographerNames, name => context.Authority.FindPhotographer(name) is not null,
            (name, count) => $"\"{name}\" ({count} photo(s)) is not in the credits file; add them, or correct the spelling.", cancellationToken);
    }
}
