using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace PhotoDesk.Index.Analysis;

/// <summary>The whole value as one lower-case token: for tag-like fields (<c>has</c>, <c>finding</c>, <c>origin</c>).</summary>
internal sealed class LowerKeywordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(PhotoIndex.LuceneVersion, tokenizer));
    }
}
