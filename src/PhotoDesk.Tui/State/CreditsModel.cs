using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Tui.State;

/// <summary>
/// The credit checks over the whole archive, as the credits engine runs them (<c>photodesk credits check</c>): the
/// findings per photo (for the detail pane) and the name-variant clusters (for the credits view). Computed in the
/// background when the desk opens and after every batch.
/// </summary>
public sealed class CreditsModel
{
    private volatile Snapshot _snapshot = Snapshot.Empty;

    private sealed record Snapshot(
        IReadOnlyList<PhotoEntry> Entries,
        IReadOnlyList<VariantRow> Variants,
        IReadOnlyDictionary<string, IReadOnlyList<string>> FindingsByPhoto,
        bool Loaded)
    {
        public static readonly Snapshot Empty = new([], [], new Dictionary<string, IReadOnlyList<string>>(), false);
    }

    public bool Loaded => _snapshot.Loaded;
    public IReadOnlyList<VariantRow> Variants => _snapshot.Variants;

    /// <summary>Runs the checks over every photo of the index (blocking: call it off the UI thread).</summary>
    public void Load(IPhotoSearcher searcher, CreditAuthority? authority, CancellationToken ct = default)
    {
        var entries = CreditDesk.LoadEntries(searcher, null, ct);
        var context = new CheckContext(entries, authority);
        var report = new CreditChecker().Run(context, ct);
        var variants = context.Clusters
            .SelectMany(c => c.Variants.Select(v => new VariantRow(c, v)))
            .OrderByDescending(v => v.Cluster.TotalCount).ThenBy(v => v.Variant.Name, StringComparer.Ordinal)
            .ToList();
        var byPhoto = report.Findings
            .SelectMany(f => f.Photos.Select(p => (p.Id, Text: $"{f.Rule} ({f.Severity.ToName()}): {f.Message}")))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Text).Distinct().ToList(), StringComparer.Ordinal);
        _snapshot = new Snapshot(entries, variants, byPhoto, true);
    }

    public IReadOnlyList<string> FindingsFor(string? photoId) =>
        photoId is not null && _snapshot.FindingsByPhoto.TryGetValue(photoId, out var list) ? list : [];

    /// <summary>The photos whose metadata carries <paramref name="name"/> where a credit fix looks.</summary>
    public IReadOnlyList<PhotoRef> PhotosNaming(string name) => CreditDesk.Mentioning(_snapshot.Entries, name);
}
