namespace PhotoDesk.Captions.Credits;

/// <summary>What one slash- or comma-separated piece of a credit is.</summary>
public enum CreditPartKind
{
    /// <summary>Not something a credit carries: the text around it is not a credit.</summary>
    Invalid,
    Person,
    Agency,
    /// <summary>Pool, file, handout, courtesy.</summary>
    Role,
    /// <summary>"STR", "Stringer", "-", "Staff": a photographer left unnamed.</summary>
    Placeholder,
}
