namespace PhotoDesk.Captions.Credits;

/// <summary>What a credit line says: photographers (display form), the agency chain (originator first, distributor last) and role flags.</summary>
public sealed record CreditParts(IReadOnlyList<string> Photographers, IReadOnlyList<string> Agencies, IReadOnlyList<string> Flags)
{
    /// <summary>Several credits for one picture ("(Photo by X / AFP) (Photo by X/AFP via Getty Images)") read as one.</summary>
    public static CreditParts Merge(IReadOnlyList<CreditParts> credits)
    {
        ArgumentNullException.ThrowIfNull(credits);
        if (credits.Count == 1) return credits[0];
        var photographers = new List<string>();
        var flags = new List<string>();
        foreach (var c in credits)
        {
            AddDistinct(photographers, c.Photographers);
            AddDistinct(flags, c.Flags);
        }
        // The longest chain is the most complete; the others can only add links it lacks, before its distributor.
        var chain = credits.MaxBy(c => c.Agencies.Count)!.Agencies.ToList();
        foreach (var c in credits)
            foreach (var a in c.Agencies)
                if (!chain.Contains(a, StringComparer.OrdinalIgnoreCase))
                    chain.Insert(Math.Max(0, chain.Count - 1), a);
        return new CreditParts(photographers, chain, flags);
    }

    private static void AddDistinct(List<string> target, IEnumerable<string> items)
    {
        foreach (var item in items)
            if (!target.Contains(item, StringComparer.OrdinalIgnoreCase)) target.Add(item);
    }
}
