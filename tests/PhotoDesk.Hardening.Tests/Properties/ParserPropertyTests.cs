using CsCheck;
using PhotoDesk.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.Properties;

/// <summary>The caption parser never throws; the query parser (through the real searcher) throws only QuerySyntaxException.</summary>
public sealed class ParserPropertyTests : IClassFixture<ParserPropertyTests.SmallIndex>
{
    public sealed class SmallIndex : IDisposable
    {
        private readonly TempDirectory _temp = new("props-index");

        public SmallIndex()
        {
            var root = SampleArchive.CopyTo(_temp.Combine("archive"), take: 6);
            Path = _temp.Combine("index");
            var run = PhotoDeskProcess.Run("ingest", root, "--index", Path, "--no-thumbnails");
            if (run.ExitCode != 0) throw new InvalidOperationException(run.StdErr);
        }

        public string Path { get; }

        public void Dispose() => _temp.Dispose();
    }

    private static readonly string[] CaptionTokens =
    [
        "(AP Photo/", "Jae C. Hong", ")", "June 7, 2025", "PARAMOUNT, Calif. (AP) —", "—", "Photo by ", "/Getty Images", ", ",
        "\u001b[31m", "\u202E", "\0", "\uD800", "Pool", "File", "Saturday", "in São Paulo", ".", "\n", "  ", "(", "/", "Credit: ",
    ];

    private static readonly string[] QueryTokens =
    [
        "by:", "photographer:", "agency:", "credit:", "city:", "place:", "tag:", "date:", "captured:", "width:", "has:", "finding:",
        "2025-06-08", "2025-06", "[", "]", "{", "}", " TO ", "\"", "~", "~2", "*", "?", "(", ")", " AND ", " OR ", " NOT ", "-", "+",
        "\\", ":", "^2", "/", "hong", "Paramount", "São", "ringo chew", " ", "*:*", "\u001b", "\uD800", "&&", "||", "!",
    ];

    private readonly SmallIndex _index;

    public ParserPropertyTests(SmallIndex index) => _index = index;

    [Fact]
    public void CaptionParser_OnArbitraryAndCaptionLikeText_NeverThrows()
    {
        var parser = CaptionParser.Default;
        var reference = new DateOnly(2025, 6, 10);
        Gen.String.Sample(s => { _ = parser.Parse(s, reference); }, iter: 500, threads: 1);
        Gen.OneOf(CaptionTokens).Array[0, 40].Select(string.Concat)
            .Sample(s => { _ = parser.Parse(s, reference); }, iter: 1000, threads: 1);
    }

    [Fact]
    public void QueryParser_OnArbitraryStrings_ThrowsOnlyQuerySyntaxException()
    {
        using var searcher = PhotoIndex.OpenSearcher(_index.Path);
        void Search(string q)
        {
            try
            {
                _ = searcher.Search(new SearchRequest(q) { Limit = 5 });
            }
            catch (QuerySyntaxException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }
        Gen.String.Sample(Search, iter: 500, threads: 1);
        Gen.OneOf(QueryTokens).Array[1, 12].Select(string.Concat).Sample(Search, iter: 1500, threads: 1);
    }
}
