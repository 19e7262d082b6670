using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace PhotoDesk.Index.Analysis;

/// <summary>
/// StandardTokenizer → LowerCase → ASCIIFolding, optionally → Stop (English) → possessive + Porter stemmer.
/// Folding makes <c>Sao Paulo</c> find <c>São Paulo</c>; stemming is for prose only, never for names.
/// </summary>
internal sealed class FoldingAnalyzer(bool removeStopWords, bool stem) : Analyzer
{
    /// <summary>Keeps phrase queries inside one value of a multi-valued field ("Ringo Chiu", "Jae Hong").</summary>
    private const int GapBetweenValues = 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PhotoIndex.LuceneVersion, reader);
        TokenStream stream = new LowerCaseFilter(PhotoIndex.LuceneVersion, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        if (removeStopWords) stream = new StopFilter(PhotoIndex.LuceneVersion, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (stem)
        {
            stream = new EnglishPossessiveFilter(PhotoIndex.LuceneVersion, stream);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    public override int GetPositionIncrementGap(string fieldName) => GapBetweenValues;
}
