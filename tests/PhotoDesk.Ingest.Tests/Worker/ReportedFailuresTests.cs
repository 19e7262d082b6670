using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Worker;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Worker;

public sealed class ReportedFailuresTests
{
    private static readonly IngestFailure Broken = new("/hot/broken.jpg", "not a JPEG");

    [Fact]
    public void A_failure_is_news_once_and_again_when_its_error_changes()
    {
        var reported = new ReportedFailures();

        Assert.Equal([Broken], reported.News([Broken]));
        Assert.Empty(reported.News([Broken]));
        var other = Broken with { Error = "file is truncated" };
        Assert.Equal([other], reported.News([other]));
    }

    [Fact]
    public void A_file_that_a_full_rescan_found_fine_is_news_when_it_fails_again()
    {
        var reported = new ReportedFailures();
        var second = new IngestFailure("/hot/other.jpg", "cannot stat file");
        reported.News([Broken, second]);

        reported.KeepOnly([second]); // broken.jpg was mended
        Assert.Equal([Broken], reported.News([Broken, second]));
    }
}
