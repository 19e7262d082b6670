using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Analysis;

/// <summary>Which analysis each field gets, at index time and for fielded queries.</summary>
internal static class PhotoAnalyzers
{
    private static readonly string[] ProseFields = [IndexFields.Caption, IndexFields.Headline];

    private static readonly string[] NameFields =
    [
        IndexFields.Photographer, IndexFields.Agency, IndexFields.Credit, IndexFields.City, IndexFields.Region,
        IndexFields.Country, IndexFields.Sublocation, IndexFields.CountryCode, IndexFields.Place, IndexFields.Keyword,
        IndexFields.Camera,
    ];

    private static readonly string[] LowerKeywordFields =
        [IndexFields.Has, IndexFields.Finding, IndexFields.Origin, IndexFields.FromCaption, IndexFields.DatePrecision];

    /// <summary>Exact (case-sensitive, untokenised) fields.</summary>
    private static readonly string[] ExactFields = [IndexFields.Id, IndexFields.Path, .. NameFields.Select(IndexFields.Exact)];

    public static bool IsProse(string field) => ProseFields.Contains(field);

    public static bool IsName(string field) => NameFields.Contains(field);

    public static bool IsExact(string field) => ExactFields.Contains(field);

    public static bool IsLowerKeyword(string field) => LowerKeywordFields.Contains(field);

    public static IReadOnlyList<string> AnalysedNameFields => NameFields;

    /// <summary>The analyzer used to index documents and to parse fielded queries.</summary>
    public static Analyzer CreateIndexAnalyzer()
    {
        var prose = new FoldingAnalyzer(removeStopWords: true, stem: true);
        var names = new FoldingAnalyzer(removeStopWords: false, stem: false);
        var keyword = new KeywordAnalyzer();
        var lower = new LowerKeywordAnalyzer();
        var map = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var f in ProseFields) map[f] = prose;
        foreach (var f in NameFields) map[f] = names;
        foreach (var f in ExactFields) map[f] = keyword;
        foreach (var f in LowerKeywordFields) map[f] = lower;
        return new PerFieldAnalyzerWrapper(names, map);
    }

    /// <summary>
    /// For unqualified words, names are matched without English stop words too, so "the protest" still requires only
    /// "protest" (a stop word would otherwise have to appear in some name field).
    /// </summary>
    public static Analyzer CreateUnqualifiedAnalyzer()
    {
        var prose = new FoldingAnalyzer(removeStopWords: true, stem: true);
        var names = new FoldingAnalyzer(removeStopWords: true, stem: false);
        var map = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var f in ProseFields) map[f] = prose;
        return new PerFieldAnalyzerWrapper(names, map);
    }
}
