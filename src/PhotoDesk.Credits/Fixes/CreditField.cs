namespace PhotoDesk.Credits.Fixes;

/// <summary>What <c>credits fix --field</c> corrects, and so which places it touches.</summary>
public enum CreditField
{
    /// <summary>By-line/Creator, the caption's credit, Credit Line and Source.</summary>
    Photographer,
    /// <summary>The caption's credit, Credit Line and Source.</summary>
    Agency,
    /// <summary>Credit Line only.</summary>
    CreditLine,
}

public static class CreditFieldNames
{
    public static bool TryParse(string? name, out CreditField field)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case null or "" or "photographer": field = CreditField.Photographer; return true;
            case "agency": field = CreditField.Agency; return true;
            case "credit_line": field = CreditField.CreditLine; return true;
            default: field = CreditField.Photographer; return false;
        }
    }

    public static string ToName(this CreditField field) => field switch
    {
        CreditField.Agency => "agency",
        CreditField.CreditLine => "credit_line",
        _ => "photographer",
    };
}
