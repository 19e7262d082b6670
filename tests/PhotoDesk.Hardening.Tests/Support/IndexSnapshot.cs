using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;

namespace PhotoDesk.Hardening.Tests.Support;

/// <summary>The key fields of every photo in an index, comparable between a clean run and a crashed-then-rerun one.</summary>
public static class IndexSnapshot
{
    public static IReadOnlyList<PhotoEntry> Entries(string indexPath)
    {
        using var searcher = PhotoIndex.OpenSearcher(indexPath);
        return searcher.AllIds("*:*").Select(id => searcher.Get(id)!).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>One line per photo: path relative to the root, caption, photographers, agencies, keywords (ids differ between indexes).</summary>
    public static IReadOnlyList<string> KeyFields(string indexPath, string root) =>
        Entries(indexPath).Select(e => string.Join(" | ",
            Path.GetRelativePath(root, e.Path), e.ContentHash, e.Metadata.Description, string.Join(";", e.Photographers),
            string.Join(";", e.Agencies), string.Join(";", e.Keywords), string.Join(";", e.Metadata.Creators), e.Metadata.CreditLine))
        .ToList();
}
