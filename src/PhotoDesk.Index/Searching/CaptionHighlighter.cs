using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Marks the words of a caption that the query matched, over the whole caption (the desk shows all of it), with
/// <see cref="PhotoIndex.HighlightStart"/>/<see cref="PhotoIndex.HighlightEnd"/>. Terms of every field count, so
/// <c>by:chiu</c> marks the credit inside the caption too. Made once per search, used for the returned page only.
/// </summary>
internal sealed class CaptionHighlighter(Query query, Analyzer analyzer)
{
    private readonly Highlighter _highlighter = new(new SimpleHTMLFormatter(PhotoIndex.HighlightStart, PhotoIndex.HighlightEnd), new QueryScorer(query))
    {
        TextFragmenter = new NullFragmenter(),
        MaxDocCharsToAnalyze = 100_000,
    };

    /// <summary>The caption with marks, or null when no word of it matched.</summary>
    public string? Highlight(string? caption)
    {
        if (string.IsNullOrWhiteSpace(caption)) return null;
        try
        {
            return _highlighter.GetBestFragment(analyzer, IndexFields.Caption, caption);
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }
}
