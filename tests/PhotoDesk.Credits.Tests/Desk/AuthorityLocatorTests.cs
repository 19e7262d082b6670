using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Credits.Tests.Desk;

public class AuthorityLocatorTests
{
    private static PhotoEntry At(string path) => new() { Id = path, Path = path, Metadata = new PhotoMetadata { Path = path } };

    [Fact]
    public void ArchiveRoot_IsTheDeepestFolderHoldingEveryPhoto()
    {
        var entries = new[] { At("/a/archive/2025/06/x.jpg"), At("/a/archive/2025/07/y.jpg"), At("/a/archive/z.jpg") };

        Assert.Equal("/a/archive", AuthorityLocator.ArchiveRoot(entries));
        Assert.Equal("/a/archive/2025/06", AuthorityLocator.ArchiveRoot([entries[0]]));
        Assert.Null(AuthorityLocator.ArchiveRoot([]));
    }

    [Fact]
    public void Find_UsesTheCreditsFileAtTheArchiveRoot()
    {
        using var dir = new TempDirectory("locator");
        var photo = dir.Combine("2025", "a.jpg");
        File.WriteAllText(dir.Combine("credits.json"), "{}");

        Assert.Equal(dir.Combine("credits.json"), AuthorityLocator.Find(null, [At(photo), At(dir.Combine("b.jpg"))]));
        Assert.Equal(Path.GetFullPath("elsewhere.json"), AuthorityLocator.Find("elsewhere.json", []));
        Assert.Equal(dir.Combine("credits.json"), AuthorityLocator.DefaultOutput(null, [At(photo), At(dir.Combine("b.jpg"))]));
    }
}
