namespace PhotoDesk.Credits.Checks;

/// <summary>The findings of one check run over <see cref="PhotosChecked"/> photos.</summary>
public sealed record CheckReport(IReadOnlyList<CreditFinding> Findings, int PhotosChecked)
{
    /// <summary>Photo id → the distinct rule names found on it (what the index stores for <c>finding:RULE</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RulesByPhoto() =>
        Findings.SelectMany(f => f.Photos.Select(p => (p.Id, f.Rule)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public bool HasAtLeast(FindingSeverity threshold) => Findings.Any(f => f.Severity >= threshold);

    public CreditFinding? FindById(string id) => Findings.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}
