using PhotoDesk.Core.Editing;
using PhotoDesk.Credits.Checks;
using PhotoDesk.Credits.Desk;
using PhotoDesk.Credits.Fixes;
using PhotoDesk.Credits.Tagging;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Credits.Tests.Desk;

/// <summary>The real components together: the sample's "Ringo Ciu" photo, the lossless writer, the Lucene index.</summary>
public sealed class CreditDeskTests : IDisposable
{
    private readonly TempDirectory _dir = new("desk");
    private readonly string _photo;
    private readonly string _index;

    public CreditDeskTests()
    {
        var source = Directory.EnumerateFiles(TestPaths.ArchiveSample, "*ringo-ciu*.jpg", SearchOption.AllDirectories).First();
        _photo = _dir.Combine(Path.GetFileName(source));
        File.Copy(source, _photo);
        _index = _dir.Combine("index");
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>The bytes from the first SOS marker to the end: the compressed pixels.</summary>
    private static byte[] Pixels(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var i = 2;
        while (i + 4 <= bytes.Length && !(bytes[i] == 0xFF && bytes[i + 1] == 0xDA)) i += 2 + (bytes[i + 2] << 8 | bytes[i + 3]);
        return bytes[i..];
    }

    private (CreditDesk Desk, PhotoRef Photo) Indexed()
    {
        var desk = new CreditDesk(_index, DefaultCreditServices.Create());
        using var writer = PhotoIndex.OpenWriter(_index);
        var metadata = desk.Services.Reader.Read(_photo);
        writer.Upsert(desk.Services.BuildEntry("photo-1", metadata, Credits.Indexing.PhotoFileStamp.Of(_photo), "hash-1"));
        writer.Commit();
        return (desk, new PhotoRef("photo-1", _photo));
    }

    [Fact]
    public void EmbeddedFix_KeepsPixelsByteIdentical_UpdatesTheIndex_AndUndoRestoresTheFile()
    {
        var (desk, photo) = Indexed();
        var original = File.ReadAllBytes(_photo);
        var pixels = Pixels(_photo);
        var plan = desk.FixPlanner.Plan(new CreditFixRequest("Ringo Ciu", "Ringo Chiu", Target: WriteTarget.Embedded), [photo]);

        string batch;
        using (var writer = PhotoIndex.OpenWriter(_index))
        {
            batch = desk.Runner(writer).Apply(plan, "test").BatchId!;
            Assert.Equal(["Ringo Chiu"], writer.Get("photo-1")!.Photographers);
            Assert.Equal("hash-1", writer.Get("photo-1")!.ContentHash);
        }
        Assert.Equal(pixels, Pixels(_photo));
        Assert.NotEqual(original, File.ReadAllBytes(_photo));
        Assert.Equal(["Ringo Chiu"], desk.Services.Reader.Read(_photo).Creators);
        Assert.EndsWith("Ringo Chiu/AFP/Getty Images", desk.Services.Reader.Read(_photo).Description);

        using (var writer = PhotoIndex.OpenWriter(_index))
        {
            desk.Runner(writer).Undo(batch);
            Assert.Equal(["Ringo Ciu"], writer.Get("photo-1")!.Photographers);
        }
        Assert.Equal(original, File.ReadAllBytes(_photo));
    }

    [Fact]
    public void Tagging_WritesASidecar_AndLeavesThePhotoUntouched()
    {
        var (desk, photo) = Indexed();
        var original = File.ReadAllBytes(_photo);

        using var writer = PhotoIndex.OpenWriter(_index);
        desk.Runner(writer).Apply(desk.TagPlanner.Plan(TagOperation.Add, ["los angeles protests"], [photo]), "tag");

        Assert.Equal(original, File.ReadAllBytes(_photo));
        Assert.Contains("los angeles protests", writer.Get("photo-1")!.Keywords);
        Assert.True(File.Exists(Path.ChangeExtension(_photo, ".xmp")) || File.Exists(_photo + ".xmp"));
    }

    [Fact]
    public void A_credit_fix_rechecks_the_photo_and_tagging_does_not()
    {
        var (desk, photo) = Indexed();
        var rechecked = new List<string>();
        using var writer = PhotoIndex.OpenWriter(_index);
        var runner = new PhotoDesk.Credits.Batches.BatchRunner(desk.Journal, desk.Services.Writer,
            new PhotoDesk.Credits.Indexing.EntryReindexer(writer, desk.Services.Reader, desk.Services.BuildEntry, (ids, _) => rechecked.AddRange(ids)));

        runner.Apply(desk.TagPlanner.Plan(TagOperation.Add, ["los angeles protests"], [photo]), "tag");
        Assert.Contains("los angeles protests", writer.Get("photo-1")!.Keywords);
        Assert.Empty(rechecked); // keywords are not what a credit check reads: no re-check of the archive

        runner.Apply(desk.FixPlanner.Plan(new CreditFixRequest("Ringo Ciu", "Ringo Chiu", Target: WriteTarget.Sidecar), [photo]), "fix");
        Assert.Equal(["photo-1"], rechecked);
    }
}
