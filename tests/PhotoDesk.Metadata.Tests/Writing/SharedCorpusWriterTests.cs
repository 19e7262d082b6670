using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Photoshop;
using MetadataExtractor.Formats.Xmp;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

public class SharedCorpusWriterTests
{
    internal static MetadataPatch CorpusPatch() => new(new Dictionary<string, IReadOnlyList<string>>
    {
        [PhotoFields.CreditLine] = ["AP Photo/Jae C. Hong"],
        [PhotoFields.City] = ["Benalmádena"],
        [PhotoFields.Keywords] = ["news", "Zürich"],
        [PhotoFields.Description] = ["A caption written by PhotoDesk — with “quotes” and ümlauts."],
    });

    private static readonly int[] EditedIimTags =
    [
        IptcDirectory.TagCodedCharacterSet, IptcDirectory.TagEnvelopeRecordVersion, IptcDirectory.TagApplicationRecordVersion,
        IptcDirectory.TagCredit, IptcDirectory.TagCity, IptcDirectory.TagKeywords, IptcDirectory.TagCaption,
    ];

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles.WellFormedJpegData), MemberType = typeof(CorpusFiles))]
    public void Write_OnCorpusJpeg_KeepsPixelsAndOtherMetadata_AndReadsBack(string name)
    {
        using var dir = new TempDirectory("corpus-write");
        var path = dir.Combine(name);
        File.Copy(Path.Combine(TestPaths.SharedCorpusImages!, name), path);
        var before = File.ReadAllBytes(path);
        var viewBefore = MetadataExtractorView.Read(path);

        new MetadataWriter().Write(path, CorpusPatch(), WriteTarget.Embedded);

        var after = File.ReadAllBytes(path);
        Assert.Equal(JpegBytes.ScanData(before), JpegBytes.ScanData(after));
        // The patch edits the description, which EXIF IFD0 ImageDescription also holds when the camera wrote one.
        Assert.Equal(JpegBytes.Untouchable(before, exifEdited: true), JpegBytes.Untouchable(after, exifEdited: true));
        var view = MetadataExtractorView.Read(path);
        Assert.Equal("AP Photo/Jae C. Hong", view.Credit);
        Assert.Equal("Benalmádena", view.City);
        Assert.Equal(["news", "Zürich"], view.Keywords);
        Assert.Equal("AP Photo/Jae C. Hong", view.IimString(IptcDirectory.TagCredit));
        Assert.Equal("Benalmádena", view.IimString(IptcDirectory.TagCity));
        Assert.Equal("A caption written by PhotoDesk — with “quotes” and ümlauts.", view.IimString(IptcDirectory.TagCaption));
        Assert.Subset(viewBefore.Errors.ToHashSet(), view.Errors.ToHashSet());
        // A camera's non-blank ImageDescription wins for MWG readers, so it must carry the new caption; blank ones stay.
        if (!string.IsNullOrWhiteSpace(viewBefore.Directories.OfType<ExifIfd0Directory>().FirstOrDefault()?.GetString(ExifDirectoryBase.TagImageDescription)?.Trim('\0')))
            Assert.Equal("A caption written by PhotoDesk — with “quotes” and ümlauts.",
                view.Directories.OfType<ExifIfd0Directory>().First().GetString(ExifDirectoryBase.TagImageDescription, System.Text.Encoding.UTF8));
        Assert.Equal(OtherDirectories(viewBefore), OtherDirectories(view));
        // IIM is rewritten in ascending dataset order, and IIM that MetadataExtractor could not see before (split
        // over two APP13 segments) becomes visible: every unedited dataset read before is still there.
        Assert.Subset(UneditedIim(view).ToHashSet(), UneditedIim(viewBefore).ToHashSet());
        Assert.Single(System.IO.Directory.GetFiles(dir.Path));
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles.WellFormedJpegData), MemberType = typeof(CorpusFiles))]
    public void Write_OnCorpusJpegTwice_IsIdempotent(string name)
    {
        var writer = new PhotoDesk.Metadata.Writing.Jpeg.JpegMetadataWriter();
        var once = writer.Rewrite(File.ReadAllBytes(Path.Combine(TestPaths.SharedCorpusImages!, name)), CorpusPatch());

        var twice = writer.Rewrite(once, CorpusPatch());

        Assert.Equal(once, twice);
    }

    /// <summary>Every tag of every directory the writer does not own (EXIF, ICC, JFIF, maker notes, …).</summary>
    private static List<string> OtherDirectories(MetadataExtractorView view) =>
        view.Directories
            .Where(d => d is not IptcDirectory and not XmpDirectory and not PhotoshopDirectory
                        && d.GetType().Name is not "FileTypeDirectory" and not "FileMetadataDirectory")
            .SelectMany(d => d.Tags.Where(t => !(d is ExifIfd0Directory && t.Type == ExifDirectoryBase.TagImageDescription))
                .Select(t => $"{d.Name}/{t.Name}={t.Description}"))
            .ToList();

    private static List<string> UneditedIim(MetadataExtractorView view) =>
        view.Iptc?.Tags.Where(t => !EditedIimTags.Contains(t.Type)).Select(t => $"{t.Name}={t.Description}").ToList() ?? [];
}
