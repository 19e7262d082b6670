using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Searching;
using PhotoDesk.Index.Writing;

namespace PhotoDesk.Index;

/// <summary>
/// Opens PhotoDesk's Lucene index: one writer per index across processes (the Lucene write lock), any number of
/// searchers beside it.
/// </summary>
public static class PhotoIndex
{
    public const LuceneVersion LuceneVersion = Lucene.Net.Util.LuceneVersion.LUCENE_48;

    /// <summary>Start and end marks of matched words in <see cref="SearchHit.Highlight"/>.</summary>
    public const string HighlightStart = "<em>";
    public const string HighlightEnd = "</em>";

    /// <summary>
    /// Takes the index for writing (creating it when missing). An index of another format is cleared: see
    /// <see cref="IPhotoIndexWriter.RebuildNotice"/>.
    /// </summary>
    /// <param name="wait">How long to wait for another writer to finish; <see cref="TimeSpan.Zero"/> fails at once.</param>
    /// <exception cref="IndexLockedException">Another writer (this or another process) still holds the index after <paramref name="wait"/>.</exception>
    public static PhotoIndexWriter OpenWriter(string indexPath, TimeSpan wait = default, CancellationToken cancellationToken = default) =>
        PhotoIndexWriter.Open(indexPath, wait, cancellationToken);

    /// <summary>Opens the newest commit for searching; works while another process writes.</summary>
    /// <exception cref="IndexUnavailableException">There is no index, or it needs a rebuild (<c>photodesk reindex</c>).</exception>
    public static PhotoSearcher OpenSearcher(string indexPath) => PhotoSearcher.Open(indexPath);

    /// <summary>True when a committed index exists at the path (of any format).</summary>
    public static bool Exists(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return false;
        using var dir = FSDirectory.Open(indexPath);
        return DirectoryReader.IndexExists(dir);
    }

    /// <summary>Bytes of all files in the index folder (the index proper, without thumbnails in subfolders).</summary>
    public static long SizeOnDisk(string indexPath) =>
        System.IO.Directory.Exists(indexPath)
            ? new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => { try { return f.Length; } catch (IOException) { return 0L; } })
            : 0;

    internal static string Describe(string indexPath) => Path.GetFullPath(indexPath);

}
