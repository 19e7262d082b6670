using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using PhotoDesk.Index.Analysis;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Querying;

/// <summary>
/// The classic Lucene syntax with PhotoDesk's fields: aliases (<c>by:</c> → photographer), dates as day spans,
/// numeric ranges, unqualified words over caption, headline, names and places, accent folding for wildcard and fuzzy
/// terms, and fuzzy phrases (<c>by:"ringo chew"~</c>). One instance per parse (the base class keeps state).
/// </summary>
/// <remarks>
/// The overrides may return null (written <c>!</c> below, as the base signatures are not annotated): the base parser
/// drops a null clause, which is what words that are all stop words must do.
/// </remarks>
internal sealed class PhotoQueryParser : QueryParser
{
    /// <summary>Fields unqualified words search, with their boosts.</summary>
    private static readonly (string Field, float Boost)[] DefaultFields =
    [
        (IndexFields.Caption, 1f), (IndexFields.Headline, 1.5f), (IndexFields.Photographer, 2f), (IndexFields.Agency, 1.5f),
        (IndexFields.Place, 1.5f), (IndexFields.Keyword, 1.5f), (IndexFields.Credit, 1f),
    ];

    /// <summary>Name-like fields searched by fuzzy words and fuzzy phrases without a field.</summary>
    private static readonly string[] FuzzyDefaultFields =
        [IndexFields.Photographer, IndexFields.Agency, IndexFields.Place, IndexFields.Keyword, IndexFields.Credit];

    /// <summary>Words of a fuzzy phrase may be this many positions apart (a missing middle initial: "jae hong"~).</summary>
    private const int FuzzyPhraseSlop = 2;

    private readonly Analyzer _unqualified;

    public PhotoQueryParser(Analyzer fieldAnalyzer, Analyzer unqualifiedAnalyzer)
        : base(PhotoIndex.LuceneVersion, QueryFieldNames.Unqualified, fieldAnalyzer)
    {
        _unqualified = unqualifiedAnalyzer;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        LowercaseExpandedTerms = false; // folded per field below
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        var resolved = Resolve(field);
        switch (resolved)
        {
            case QueryFieldNames.Unqualified:
                return AnyOf(DefaultFields.Select(d => Boosted(NewFieldQuery(_unqualified, d.Field, queryText, quoted), d.Boost)))!;
            case QueryFieldNames.Date:
                return DateQuery(IndexFields.DateStart, IndexFields.DateEnd, DateSpan.Of(ParseDate(queryText, field)));
            case QueryFieldNames.Captured:
                return DateQuery(IndexFields.CaptureDay, IndexFields.CaptureDay, DateSpan.Of(ParseDate(queryText, field)));
            case IndexFields.Width or IndexFields.Height or IndexFields.FileSize:
                var n = ParseNumber(queryText, field);
                return NumericRange(resolved, n, n, true, true);
            default:
                return NewFieldQuery(Analyzer, resolved, queryText, quoted);
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (slop == QueryPreprocessor.FuzzyPhraseSlop) return FuzzyPhrase(field, queryText)!;
        var query = GetFieldQuery(field, queryText, quoted: true);
        ApplySlop(query, slop);
        return query;
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var resolved = Resolve(field);
        if (resolved == QueryFieldNames.Unqualified)
            return AnyOf(FuzzyDefaultFields.Select(f => base.GetFuzzyQuery(f, TextFolding.Fold(termStr), minSimilarity)))!;
        RejectNonText(resolved, field, "fuzzy");
        return base.GetFuzzyQuery(resolved, FoldFor(resolved, termStr), minSimilarity);
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        var resolved = Resolve(field);
        if (resolved == QueryFieldNames.Unqualified)
            return AnyOf(DefaultFields.Select(d => base.GetPrefixQuery(d.Field, TextFolding.Fold(termStr))))!;
        RejectNonText(resolved, field, "prefix");
        return base.GetPrefixQuery(resolved, FoldFor(resolved, termStr));
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (field == "*") return base.GetWildcardQuery(field, termStr); // *:* = every photo
        var resolved = Resolve(field);
        if (resolved == QueryFieldNames.Unqualified)
            return AnyOf(DefaultFields.Select(d => base.GetWildcardQuery(d.Field, TextFolding.Fold(termStr))))!;
        RejectNonText(resolved, field, "wildcard");
        return base.GetWildcardQuery(resolved, FoldFor(resolved, termStr));
    }

    /// <summary>A group of only negative clauses (<c>-has:date</c>) means "everything except": Lucene alone would match nothing.</summary>
    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord);
        if (query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("regular expressions are not supported (a '/' is searched as text)");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var resolved = Resolve(field);
        switch (resolved)
        {
            case QueryFieldNames.Date or QueryFieldNames.Captured:
                var from = part1 is null ? (Core.Time.PartialDate?)null : ParseDate(part1, field);
                var to = part2 is null ? (Core.Time.PartialDate?)null : ParseDate(part2, field);
                var span = DateSpan.Between(from, to, startInclusive, endInclusive);
                return resolved == QueryFieldNames.Date
                    ? DateQuery(IndexFields.DateStart, IndexFields.DateEnd, span)
                    : DateQuery(IndexFields.CaptureDay, IndexFields.CaptureDay, span);
            case IndexFields.Width or IndexFields.Height or IndexFields.FileSize:
                long? min = part1 is null ? null : ParseNumber(part1, field);
                long? max = part2 is null ? null : ParseNumber(part2, field);
                return NumericRange(resolved, min, max, startInclusive, endInclusive);
            case QueryFieldNames.Unqualified:
                throw new ParseException("a range needs a field, e.g. date:[2025-06-01 TO 2025-06-14]");
            default:
                return base.GetRangeQuery(resolved, part1 is null ? null : FoldFor(resolved, part1),
                    part2 is null ? null : FoldFor(resolved, part2), startInclusive, endInclusive);
        }
    }

    private static string Resolve(string field) =>
        QueryFieldNames.Resolve(field)
        ?? throw new ParseException($"unknown field '{field}:' (known: {string.Join(", ", QueryFieldNames.Friendly)})");

    private static void RejectNonText(string resolved, string typed, string kind)
    {
        if (resolved is QueryFieldNames.Date or QueryFieldNames.Captured or IndexFields.Width or IndexFields.Height or IndexFields.FileSize)
            throw new ParseException($"a {kind} query does not work on '{typed}:'; use a value or a range");
    }

    private static string FoldFor(string field, string term) => PhotoAnalyzers.IsExact(field) ? term : TextFolding.Fold(term);

    private static Core.Time.PartialDate ParseDate(string text, string field) =>
        DateSpan.TryParse(text, out var date)
            ? date
            : throw new ParseException($"{field}: expected YYYY, YYYY-MM or YYYY-MM-DD, got '{text}'");

    private static long ParseNumber(string text, string field) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ParseException($"{field}: expected a whole number, got '{text}'");

    /// <summary>The photo's date lies inside the span: it starts and ends in it (a month-precise date is not "on June 8").</summary>
    private static Query DateQuery(string startField, string endField, DateSpan span)
    {
        if (span.FirstDay is { } a && span.LastDay is { } b && a > b) return new BooleanQuery(); // an empty span matches nothing
        var startIn = NumericRangeQuery.NewInt32Range(startField, span.FirstDay, span.LastDay, true, true);
        if (startField == endField) return startIn;
        return new BooleanQuery
        {
            { startIn, Occur.MUST },
            { NumericRangeQuery.NewInt32Range(endField, span.FirstDay, span.LastDay, true, true), Occur.MUST },
        };
    }

    private static Query NumericRange(string field, long? min, long? max, bool minInclusive, bool maxInclusive)
    {
        if (field == IndexFields.FileSize) return NumericRangeQuery.NewInt64Range(field, min, max, minInclusive, maxInclusive);
        static int? Clamp(long? v) => v is null ? null : (int)Math.Clamp(v.Value, int.MinValue, int.MaxValue);
        return NumericRangeQuery.NewInt32Range(field, Clamp(min), Clamp(max), minInclusive, maxInclusive);
    }

    /// <summary>Each word of the phrase matches within two edits, the words near each other in the same name.</summary>
    private Query? FuzzyPhrase(string field, string text)
    {
        var resolved = Resolve(field);
        if (resolved == QueryFieldNames.Unqualified) return AnyOf(FuzzyDefaultFields.Select(f => FuzzyPhraseIn(f, text)));
        RejectNonText(resolved, field, "fuzzy");
        return FuzzyPhraseIn(resolved, text);
    }

    private Query? FuzzyPhraseIn(string field, string text)
    {
        var terms = Tokens(Analyzer, field, text);
        if (terms.Count == 0) return null;
        if (PhotoAnalyzers.IsExact(field) || PhotoAnalyzers.IsLowerKeyword(field))
            return new FuzzyQuery(new Term(field, terms[0]), MaxEdits(terms[0]));
        if (terms.Count == 1) return new FuzzyQuery(new Term(field, terms[0]), MaxEdits(terms[0]));
        var clauses = terms
            .Select(t => (SpanQuery)new SpanMultiTermQueryWrapper<FuzzyQuery>(new FuzzyQuery(new Term(field, t), MaxEdits(t))))
            .ToArray();
        return new SpanNearQuery(clauses, FuzzyPhraseSlop, inOrder: true);
    }

    /// <summary>Short words tolerate fewer edits, or "li"~ would match every two-letter name.</summary>
    private static int MaxEdits(string term) => term.Length switch { <= 2 => 0, 3 => 1, _ => 2 };

    private static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    private static Query? Boosted(Query? query, float boost)
    {
        if (query is not null) query.Boost = boost;
        return query;
    }

    /// <summary>Any of the alternatives; null ones (all stop words) are skipped, and none at all is null (the clause drops out).</summary>
    private static Query? AnyOf(IEnumerable<Query?> alternatives)
    {
        var list = alternatives.Where(q => q is not null).ToList();
        if (list.Count == 0) return null;
        if (list.Count == 1) return list[0]!;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var q in list) any.Add(q, Occur.SHOULD);
        return any;
    }

    private static void ApplySlop(Query? query, int slop)
    {
        switch (query)
        {
            case PhraseQuery phrase: phrase.Slop = slop; break;
            case MultiPhraseQuery multi: multi.Slop = slop; break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) ApplySlop(clause.Query, slop);
                break;
        }
    }
}
