using PhotoDesk.Core.Indexing;
using PhotoDesk.Ingest.Pipeline;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

public class ExistingPhotosTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef";

    private static FileStamp Stamp(string id, string path) => new(id, path, 100, DateTimeOffset.UnixEpoch, Hash);

    [Fact]
    public void Many_copies_of_one_picture_are_each_looked_at_once_per_pass()
    {
        var existing = new ExistingPhotos(Enumerable.Range(0, 50).Select(i => Stamp($"id{i}", $"/a/copy{i:D2}.jpg")));
        existing.BeginPass();
        var looks = new Dictionary<string, int>();
        bool Exists(string path) { looks[path] = looks.GetValueOrDefault(path) + 1; return true; }

        for (var i = 0; i < 200; i++)
        {
            var (id, isNew, movedFrom) = existing.Resolve($"/b/new{i:D3}.jpg", Hash, Exists);
            Assert.True(isNew);
            Assert.Null(movedFrom);
            existing.Record(new FileStamp(id, $"/b/new{i:D3}.jpg", 100, DateTimeOffset.UnixEpoch, Hash));
        }

        Assert.All(looks.Values, n => Assert.Equal(1, n));
        Assert.Equal(50 + 199, looks.Count); // the 50 indexed copies, then each new copy once as a twin of the next
    }

    [Fact]
    public void A_copy_whose_file_is_gone_is_a_move_and_the_first_gone_path_wins()
    {
        var existing = new ExistingPhotos([Stamp("keep", "/a/b.jpg"), Stamp("gone2", "/a/z.jpg"), Stamp("gone1", "/a/c.jpg")]);
        existing.BeginPass();

        var (id, isNew, movedFrom) = existing.Resolve("/new/place.jpg", Hash, path => path == "/a/b.jpg");

        Assert.Equal(("gone1", false, "/a/c.jpg"), (id, isNew, movedFrom));
    }

    [Fact]
    public void A_new_pass_looks_again_at_a_copy_seen_present_before()
    {
        var existing = new ExistingPhotos([Stamp("old", "/a/old.jpg")]);
        existing.BeginPass();
        Assert.Null(existing.Resolve("/a/dup.jpg", Hash, _ => true).MovedFrom);

        existing.BeginPass(); // /a/old.jpg was moved away between passes
        var (id, _, movedFrom) = existing.Resolve("/a/moved.jpg", Hash, path => path != "/a/old.jpg");

        Assert.Equal(("old", "/a/old.jpg"), (id, movedFrom));
    }
}
