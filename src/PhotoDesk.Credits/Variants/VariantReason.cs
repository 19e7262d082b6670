namespace PhotoDesk.Credits.Variants;

/// <summary>Why two names were taken for one person.</summary>
public enum VariantReason
{
    /// <summary>Only case, accents or punctuation differ ("RINGO CHIU", "Ringo Chiu").</summary>
    CaseOrAccents,
    /// <summary>A middle initial is missing or extra ("Jae Hong", "Jae C. Hong").</summary>
    MiddleInitial,
    /// <summary>The surname is misspelt: a dropped, extra, swapped or changed letter ("Ringo Ciu", "Ringo Chiu").</summary>
    Spelling,
    /// <summary>The authority file lists the name as an alias.</summary>
    Authority,
}

public static class VariantReasonNames
{
    public static string ToText(this VariantReason reason) => reason switch
    {
        VariantReason.CaseOrAccents => "differs only in case, accents or punctuation",
        VariantReason.MiddleInitial => "missing or extra middle initial",
        VariantReason.Spelling => "a letter dropped, added, swapped or changed in the surname",
        VariantReason.Authority => "listed as an alias in the credits file",
        _ => reason.ToString(),
    };
}
