using PhotoDesk.Core.Indexing;
using PhotoDesk.Credits.Authority;
using PhotoDesk.Credits.Batches;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Fixes;
using PhotoDesk.Credits.Indexing;
using PhotoDesk.Credits.Journal;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Credits.Variants;

namespace PhotoDesk.Credits.Desk;

/// <summary>
/// The credit work on one index, for the command line and the terminal desk alike: load photos from the index,
/// run the checks (and store their findings), plan fixes and tags, apply and undo batches through the journal
/// (<c>&lt;index&gt;/journal/</c>). The caller owns the index writer and searcher it passes in.
/// </summary>
public sealed class CreditDesk(string indexPath, CreditServices services, BatchRunnerOptions? options = null)
{
    public string IndexPath { get; } = Path.GetFullPath(indexPath);
    public CreditServices Services { get; } = services;
    public BatchRunnerOptions? Options { get; } = options;
    public BatchJournal Journal { get; } = BatchJournal.ForIndex(indexPath);

    /// <summary>The configured credits.json (settings or --credits), else the one <see cref="AuthorityLocator"/> finds.</summary>
    public string? CreditsFile { get; init; }

    public CreditFixPlanner FixPlanner => new(Services.Reader, Services.Parser);
    public TagPlanner TagPlanner => new(Services.Reader);

    /// <summary>A runner whose re-indexing goes through <paramref name="writer"/>; photos are re-read before writing.</summary>
    public BatchRunner Runner(IPhotoIndexWriter writer, TimeSpan? lockWait = null)
    {
        var o = (Options ?? new BatchRunnerOptions()) with { Verifier = Services.Reader };
        if (lockWait is { } wait) o = o with { LockWait = wait };
        return new BatchRunner(Journal, Services.Writer, Reindexer(writer), o);
    }

    /// <summary>Re-indexes a batch's photos through <paramref name="writer"/> and then checks their credits again.</summary>
    public EntryReindexer Reindexer(IPhotoIndexWriter writer) =>
        new(writer, Services.Reader, Services.BuildEntry, (ids, ct) => RecheckPhotos(writer, ids, CreditsFile, ct));

    /// <summary>History and recovery need no index writer until there is something to recover.</summary>
    public IReadOnlyList<BatchRecord> History() => Journal.List().Reverse().ToList();

    /// <summary>Every photo a query matches (empty or "*" = all), as the index holds them.</summary>
    public static IReadOnlyList<PhotoEntry> LoadEntries(IPhotoSearcher searcher, string? query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var ids = searcher.AllIds(string.IsNullOrWhiteSpace(query) ? "*" : query, cancellationToken);
        var entries = new List<PhotoEntry>(ids.Count);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (searcher.Get(id) is { } entry) entries.Add(entry);
        }
        return entries;
    }

    /// <summary>Runs every rule over a query's photos; spelling variants are clustered over the whole archive.</summary>
    public static CheckReport Check(IPhotoSearcher searcher, string? query, CreditAuthority? authority, CancellationToken cancellationToken = default)
    {
        var all = LoadEntries(searcher, null, cancellationToken);
        var selected = string.IsNullOrWhiteSpace(query) ? all : LoadEntries(searcher, query, cancellationToken);
        return new CreditChecker().Run(new CheckContext(selected, authority, all), cancellationToken);
    }

    /// <summary>The name clusters of the archive ("Ringo Ciu" ×1 → "Ringo Chiu" ×4), for the desk's credits view.</summary>
    public static IReadOnlyList<VariantCluster> VariantClusters(IPhotoSearcher searcher, CreditAuthority? authority, CancellationToken cancellationToken = default) =>
        new CheckContext(LoadEntries(searcher, null, cancellationToken), authority).Clusters;

    /// <summary>Stores each checked photo's rule names in the index (cleared where nothing was found) and commits.</summary>
    public static void StoreFindings(IPhotoIndexWriter writer, CheckReport report, IEnumerable<string> checkedIds)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var byPhoto = report.RulesByPhoto();
        var update = checkedIds.Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => byPhoto.TryGetValue(id, out var rules) ? rules : (IReadOnlyList<string>)[], StringComparer.Ordinal);
        writer.UpdateFindings(update);
        writer.Commit();
    }

    /// <summary>
    /// After a batch changed photos: runs every rule over exactly those photos again (variants still clustered over
    /// the whole archive, as <c>credits check</c> does) and stores what is found, so a photo fixed from "Ringo Ciu"
    /// loses its spelling-variant finding at once, and an undo brings it back. Reads the committed index.
    /// </summary>
    public static void RecheckPhotos(IPhotoIndexWriter writer, IReadOnlyCollection<string> photoIds, string? creditsFile,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(photoIds);
        if (photoIds.Count == 0) return;
        IReadOnlyList<PhotoEntry> all;
        using (var searcher = PhotoDesk.Index.PhotoIndex.OpenSearcher(writer.IndexPath))
            all = LoadEntries(searcher, null, cancellationToken);
        var wanted = photoIds.ToHashSet(StringComparer.Ordinal);
        var selected = all.Where(e => wanted.Contains(e.Id)).ToList();
        var authorityPath = AuthorityLocator.Find(creditsFile, all);
        var authority = authorityPath is not null && File.Exists(authorityPath) ? AuthorityFile.Load(authorityPath).Authority : null;
        var report = new CreditChecker().Run(new CheckContext(selected, authority, all), cancellationToken);
        StoreFindings(writer, report, selected.Select(e => e.Id));
    }

    /// <summary>The photos among <paramref name="entries"/> whose stored metadata mentions <paramref name="name"/> where a fix looks.</summary>
    public static IReadOnlyList<PhotoRef> Mentioning(IEnumerable<PhotoEntry> entries, string name)
    {
        var replacer = new NameReplacer(name, name);
        return entries.Where(e => e.Metadata.Creators.Any(replacer.IsMatch) || replacer.IsMatch(e.Metadata.CreditLine)
                                  || replacer.IsMatch(e.Metadata.Source) || replacer.IsMatch(e.Metadata.Description))
            .Select(CheckContext.RefOf).ToList();
    }
}
