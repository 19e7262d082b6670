using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Analysis;

namespace PhotoDesk.Index.Querying;

/// <summary>
/// Turns a query a person typed into a Lucene query. Any failure becomes a <see cref="QuerySyntaxException"/> with a
/// one-line message; nothing else escapes (a property test holds it to that).
/// </summary>
public sealed class PhotoQueries
{
    private readonly Lucene.Net.Analysis.Analyzer _fieldAnalyzer;
    private readonly Lucene.Net.Analysis.Analyzer _unqualifiedAnalyzer;

    public PhotoQueries()
        : this(PhotoAnalyzers.CreateIndexAnalyzer(), PhotoAnalyzers.CreateUnqualifiedAnalyzer())
    {
    }

    internal PhotoQueries(Lucene.Net.Analysis.Analyzer fieldAnalyzer, Lucene.Net.Analysis.Analyzer unqualifiedAnalyzer)
    {
        _fieldAnalyzer = fieldAnalyzer;
        _unqualifiedAnalyzer = unqualifiedAnalyzer;
    }

    /// <summary>An empty query or <c>*</c> is every photo.</summary>
    public static bool IsAll(string? query) => string.IsNullOrWhiteSpace(query) || query.Trim() is "*" or "*:*";

    /// <exception cref="QuerySyntaxException">The query cannot be understood.</exception>
    public Query Parse(string? query)
    {
        if (IsAll(query)) return new MatchAllDocsQuery();
        var text = query!.Trim();
        try
        {
            var parser = new PhotoQueryParser(_fieldAnalyzer, _unqualifiedAnalyzer);
            return parser.Parse(QueryPreprocessor.Rewrite(text));
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException(OneLine(e), e);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException
                                      or BooleanQuery.TooManyClausesException or FormatException or OverflowException
                                      or NotSupportedException)
        {
            throw new QuerySyntaxException($"cannot understand the query: {FirstLine(e.Message)}", e);
        }
    }

    private static string OneLine(ParseException e)
    {
        // Our own messages are wrapped by the base parser as "Cannot parse '<query>': <message>"; the grammar's carry a
        // multi-line "Was expecting one of:" list. Keep the part a person can act on.
        var message = e.InnerException is ParseException inner ? inner.Message : e.Message;
        message = FirstLine(message);
        const string prefix = "Cannot parse '";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            var end = message.IndexOf("': ", StringComparison.Ordinal);
            if (end > 0) message = message[(end + 3)..];
        }
        if (message.StartsWith("Encountered", StringComparison.Ordinal) || message.StartsWith("Lexical error", StringComparison.Ordinal))
            message = "bad query syntax: " + message.TrimEnd('.');
        return message;
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return string.IsNullOrEmpty(line) ? "bad query" : line;
    }
}
