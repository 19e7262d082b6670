using PhotoDesk.Ingest.Import;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Import;

public class CsvCatalogReaderTests
{
    private static List<CatalogRecord> Read(string csv) => new CsvCatalogReader().Read(new StringReader(csv)).ToList();

    [Fact]
    public void QuotedFields_WithCommasQuotesAndLineBreaks_AreReadPerRfc4180()
    {
        var records = Read("path,caption,creators\r\n/a.jpg,\"Fire, smoke \"\"and\"\" ash\nsecond line\",\"A B; C D\"\r\n/b.jpg,plain,\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal("Fire, smoke \"and\" ash\nsecond line", records[0].Values!["description"][0]);
        Assert.Equal(["A B", "C D"], records[0].Values!["creators"]);
        Assert.Equal(4, records[1].Line); // the quoted line break counts: header, record on lines 2-3, then 4
        Assert.False(records[1].Values!.ContainsKey("creators"));
    }

    [Theory]
    [InlineData("Path,Description", "description")] // inspect's own names, any case
    [InlineData("file,Caption", "description")] // names older systems use
    [InlineData("path,credit_line", "credit_line")] // snake case as inspect prints it
    [InlineData("path,Country Code", "country_code")] // spaces
    public void HeaderNames_MapToPhotoFields(string header, string field)
    {
        var record = Read(header + "\n/x.jpg,value\n").Single();
        Assert.Equal("value", record.Values![field][0]);
    }

    [Fact]
    public void ARowWithTooManyFields_IsAnErrorForThatRowOnly()
    {
        var records = Read("path,caption\n/a.jpg,x,extra\n/b.jpg,y\n");
        Assert.NotNull(records[0].Error);
        Assert.Equal("y", records[1].Values!["description"][0]);
    }

    [Fact]
    public void AHeaderWithoutPath_IsReported()
    {
        Assert.Contains("path", Read("caption\nx\n").Single().Error);
    }
}
