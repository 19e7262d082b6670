namespace PhotoDesk.Credits.Checks;

/// <summary>One named rule over the archive's credits.</summary>
public interface ICreditCheck
{
    /// <summary>The rule's name, e.g. "spelling-variant" (searchable as <c>finding:spelling-variant</c>).</summary>
    string Rule { get; }
    FindingSeverity Severity { get; }
    /// <summary>What the rule looks for, in words a person understands.</summary>
    string Explanation { get; }
    IEnumerable<CreditFinding> Run(CheckContext context, CancellationToken cancellationToken);
}
