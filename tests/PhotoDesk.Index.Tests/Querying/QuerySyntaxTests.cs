using CsCheck;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Querying;
using Xunit;

namespace PhotoDesk.Index.Tests.Querying;

public sealed class QuerySyntaxTests
{
    private readonly PhotoQueries _queries = new();

    [Theory]
    [InlineData("by:\"Jae C. Hong", "bad query syntax")] // unclosed quote
    [InlineData("(protest AND", "bad query syntax")] // unclosed parenthesis
    [InlineData("by:", "bad query syntax")] // a field without a value
    [InlineData("AND", "bad query syntax")] // an operator alone
    [InlineData("frobnicate:x", "unknown field 'frobnicate:'")] // a field that does not exist
    [InlineData("date:junk", "date: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'junk'")]
    [InlineData("date:2025-13", "expected YYYY, YYYY-MM or YYYY-MM-DD")] // no 13th month
    [InlineData("date:[2025-06-01 TO soon]", "got 'soon'")] // a bad range end
    [InlineData("width:wide", "width: expected a whole number")]
    [InlineData("*flag", "not allowed as first character")] // leading wildcard
    [InlineData("date:2025*", "does not work on 'date:'")] // wildcard on a date
    [InlineData("[a TO b]", "a range needs a field")]
    public void BadQuery_ThrowsQuerySyntaxException_WithAOneLineMessage(string query, string expectedPart)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => _queries.Parse(query));
        Assert.Contains(expectedPart, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain("Was expecting", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyString_ParsesOrThrowsOnlyQuerySyntaxException()
    {
        // Characters that mean something in the syntax, mixed with words, fields and accents.
        var pieces = Gen.OneOf<string>(new IGen<string>[]
        {
            Gen.OneOf("by:", "date:", "city:", "path:", "has:", "tag:", "width:", "captured:", "nope:", "*:", "_text:"),
            Gen.OneOf("\"", "(", ")", "[", "]", "{", "}", "~", "~2", "^", "^3", "*", "?", ":", "\\", "/", "+", "-", "!", "&&", "||", " TO ", " AND ", " OR ", " NOT "),
            Gen.OneOf("chiu", "2025-06", "2025-06-08", "São", "Jae C. Hong", "x", "", " ", "2025", "-1", "99999999999"),
            Gen.Char.Select(c => c.ToString()),
        });
        pieces.Array[0, 12].Select(parts => string.Concat(parts)).Sample(query =>
        {
            try
            {
                _queries.Parse(query);
            }
            catch (QuerySyntaxException e)
            {
                Assert.DoesNotContain('\n', e.Message);
            }
        }, iter: 500);
    }

    [Fact]
    public void ArbitraryUnicode_ParsesOrThrowsOnlyQuerySyntaxException() =>
        Gen.String.Sample(query =>
        {
            try
            {
                _queries.Parse(query);
            }
            catch (QuerySyntaxException e)
            {
                Assert.DoesNotContain('\n', e.Message);
            }
        }, iter: 500);

    [Theory]
    [InlineData("Chiu/AFP/Getty", "Chiu\\/AFP\\/Getty")] // slashes are text, not a regular expression
    [InlineData("by:\"ringo chew\"~", "by:\"ringo chew\"~1048573")] // fuzzy phrase marked
    [InlineData("by:\"ringo chew\"~2", "by:\"ringo chew\"~2")] // real slop left alone
    [InlineData("\"a/b\"", "\"a/b\"")] // inside quotes nothing changes
    [InlineData("x\\/y", "x\\/y")] // an escaped slash stays escaped once
    public void Preprocessor_RewritesOnlyWhatTheClassicSyntaxWouldMisread(string query, string expected) =>
        Assert.Equal(expected, QueryPreprocessor.Rewrite(query));
}
