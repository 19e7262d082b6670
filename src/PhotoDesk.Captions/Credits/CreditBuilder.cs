namespace PhotoDesk.Captions.Credits;

/// <summary>What a credit parse has collected so far, and whether it adds up to a credit.</summary>
internal sealed class CreditBuilder
{
    public List<string> Photographers { get; } = [];
    public List<string> Agencies { get; } = [];
    public List<string> Flags { get; } = [];
    public List<string> ViaAgencies { get; } = [];
    public bool Marker { get; set; }
    public bool Structured { get; set; }
    public bool LeadingWire { get; set; }

    public void AddFlag(string flag)
    {
        if (!Flags.Contains(flag)) Flags.Add(flag);
    }

    /// <summary>
    /// Without a lead-in, a credit needs an agency plus something that proves it is one: a known agency, a person,
    /// a role. "Protesters/Police" is not a credit; "Mario Tama/Getty Images" and "Reuters" are.
    /// </summary>
    public bool IsCredit()
    {
        if (Marker) return Photographers.Count > 0 || Agencies.Count > 0 || Flags.Count > 0;
        if (Agencies.Count == 0) return false;
        var known = Agencies.Any(a => AgencyNames.Known(a) is not null);
        if (known) return true;
        return Structured && (Photographers.Count > 0 || Flags.Count > 0);
    }

    public CreditParts Build() => new(Photographers.Distinct().ToList(), Agencies.Distinct().ToList(), Flags.ToList());
}
