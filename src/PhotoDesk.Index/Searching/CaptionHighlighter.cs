using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Marks the words of a caption that the query matched, over the whole caption (the desk shows all of it), with
/// <see cref="PhotoIndex.HighlightStart"/>/<see cref="PhotoIndex.HighlightEnd"/>. Terms of every field count, so
/// <c>by:chiu</c> marks the credit inside the caption too. Made once per search, used for the returned page only.
/// </summary>
/// <remarks>
/// Term matching, not positional: the span-based QueryScorer cost 15–30 ms of CPU for a page of 20 at 200,000
/// photos (a MemoryIndex per caption); this costs well under a millisecond. A phrase's words are marked wherever
/// they occur in the caption.
/// </remarks>
internal sealed class CaptionHighlighter
{
    private readonly Highlighter? _highlighter;
    private readonly Analyzer _analyzer;

    /// <param name="rewritten">The query after <see cref="IndexSearcher.Rewrite"/> (fuzzy and prefix terms expanded).</param>
    /// <param name="analyzer">The index analyzer: captions are tokenised as they were indexed.</param>
    public CaptionHighlighter(Query rewritten, Analyzer analyzer)
    {
        _analyzer = analyzer;
        var terms = MatchedTermScorer.TermsOf(rewritten, analyzer);
        if (terms.Count == 0) return;
        _highlighter = new Highlighter(new SimpleHTMLFormatter(PhotoIndex.HighlightStart, PhotoIndex.HighlightEnd), new MatchedTermScorer(terms))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = 100_000,
        };
    }

    /// <summary>The caption with marks, or null when no word of it matched.</summary>
    public string? Highlight(string? caption)
    {
        if (_highlighter is null || string.IsNullOrWhiteSpace(caption)) return null;
        try
        {
            return _highlighter.GetBestFragment(_analyzer, IndexFields.Caption, caption);
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    /// <summary>Scores a caption token 1 when it is one of the query's terms (in any field, stemmed as captions are).</summary>
    private sealed class MatchedTermScorer(HashSet<string> terms) : IScorer
    {
        private ICharTermAttribute? _term;
        private float _fragmentScore;

        public static HashSet<string> TermsOf(Query rewritten, Analyzer analyzer)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            WeightedTerm[] extracted;
            try
            {
                extracted = QueryTermExtractor.GetTerms(rewritten, prohibited: false);
            }
            catch (NotSupportedException)
            {
                return terms;
            }
            foreach (var weighted in extracted)
            {
                terms.Add(weighted.Term);
                // A name term ("olivares") meets the caption's stemmed token ("olivar") in its stemmed form.
                using var stream = analyzer.GetTokenStream(IndexFields.Caption, weighted.Term);
                var attribute = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken()) terms.Add(attribute.ToString());
                stream.End();
            }
            return terms;
        }

        public float FragmentScore => _fragmentScore;

        public TokenStream? Init(TokenStream tokenStream)
        {
            _term = tokenStream.AddAttribute<ICharTermAttribute>();
            return null;
        }

        public void StartFragment(TextFragment newFragment) => _fragmentScore = 0;

        public float GetTokenScore()
        {
            if (_term is null || !terms.Contains(_term.ToString())) return 0;
            _fragmentScore += 1;
            return 1;
        }
    }
}
