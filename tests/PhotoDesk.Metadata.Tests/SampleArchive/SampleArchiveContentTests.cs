using System.Globalization;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using PhotoDesk.Core.Photos;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.SampleArchive.Readme;
using PhotoDesk.Testing;
using Xunit;
using static PhotoDesk.Metadata.Tests.SampleArchive.SampleArchiveFiles;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

/// <summary>The committed archive-sample/ against its seed gallery, read with MetadataExtractor and XmpCore directly.</summary>
public class SampleArchiveContentTests
{
    [Fact]
    public void Archive_HoldsExactlyThePlannedPhotosAndSidecars()
    {
        var expected = Plans.Value
            .SelectMany(p => new[] { PathOf(p), p.Variant.SidecarPath(PathOf(p)) })
            .OfType<string>()
            .Append(Path.Combine(Root, "README.md"))
            .Append(SeedGalleryPath)
            .Order(StringComparer.Ordinal);

        var actual = System.IO.Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
        Assert.Equal(49, Plans.Value.Count);
    }

    [SharedCorpusFact]
    public void SeedGalleryCopy_IsTheSharedCorpusFileByteForByte()
    {
        Assert.Equal(File.ReadAllBytes(TestPaths.SeedGallery!), File.ReadAllBytes(SeedGalleryPath));
    }

    [Theory]
    [MemberData(nameof(Numbers), MemberType = typeof(SampleArchiveFiles))]
    public void Caption_IsReachableExactlyThroughItsStorage(int number)
    {
        var plan = Plan(number);
        var photo = PathOf(plan);
        var embedded = ReadEmbedded(photo);
        var caption = plan.Seed.Caption;
        var sidecar = plan.Variant.SidecarPath(photo);

        switch (plan.Variant)
        {
            case StorageVariant.EmbeddedIptcAndXmp:
                Assert.Equal(caption, Iptc(embedded)?.GetString(IptcDirectory.TagCaption));
                Assert.Equal(caption, Description(Assert.Single(Xmp(embedded))));
                break;
            case StorageVariant.EmbeddedXmpOnly:
                Assert.Null(Iptc(embedded));
                Assert.Equal(caption, Description(Assert.Single(Xmp(embedded))));
                break;
            case StorageVariant.CaptionTextSidecar:
                Assert.Null(Iptc(embedded));
                Assert.Empty(Xmp(embedded));
                Assert.Equal(caption + "\n", File.ReadAllText(sidecar!, Encoding.UTF8));
                break;
            case StorageVariant.XmpSidecar:
            case StorageVariant.XmpSidecarWithExtension:
                Assert.Null(Iptc(embedded));
                Assert.Empty(Xmp(embedded));
                Assert.Equal(caption, Description(ParseSidecar(sidecar!)));
                break;
        }
        Assert.DoesNotContain(embedded, d => d.HasError);
    }

    [Theory]
    [MemberData(nameof(Numbers), MemberType = typeof(SampleArchiveFiles))]
    public void CreditFields_CarryTheCaptionsCreditAsPublished(int number)
    {
        var plan = Plan(number);
        var photo = PathOf(plan);
        var fields = plan.Metadata.Values;
        var meta = plan.Variant switch
        {
            StorageVariant.EmbeddedIptcAndXmp or StorageVariant.EmbeddedXmpOnly => Assert.Single(Xmp(ReadEmbedded(photo))),
            StorageVariant.XmpSidecar or StorageVariant.XmpSidecarWithExtension => ParseSidecar(plan.Variant.SidecarPath(photo)!),
            _ => null,
        };
        if (meta is null) return; // a caption text file carries the caption only (checked above)

        Assert.Equal(plan.Seed.Photographers, Creators(meta));
        Assert.Equal(string.Join('/', plan.Seed.Agencies), Photoshop(meta, "Credit"));
        Assert.Equal(plan.Seed.Agencies[0], Photoshop(meta, "Source"));
        Assert.Equal(plan.Seed.Date.Length > 0 ? plan.Seed.Date : null, Photoshop(meta, "DateCreated"));
        Assert.Equal(plan.Seed.City.Length > 0 ? plan.Seed.City : null, Photoshop(meta, "City"));
        Assert.Equal(fields.TryGetValue(PhotoFields.Region, out var region) ? region[0] : null, Photoshop(meta, "State"));

        if (plan.Variant != StorageVariant.EmbeddedIptcAndXmp) return;
        var iptc = Iptc(ReadEmbedded(photo))!;
        Assert.Equal(plan.Seed.Photographers, iptc.GetStringArray(IptcDirectory.TagByLine) ?? []);
        Assert.Equal(plan.Seed.Agencies[0], iptc.GetString(IptcDirectory.TagSource));
        // IIM Credit holds 32 bytes: a longer credit is cut there and kept whole in XMP.
        var credit = string.Join('/', plan.Seed.Agencies);
        var iimCredit = iptc.GetString(IptcDirectory.TagCredit) ?? "";
        Assert.True(Encoding.UTF8.GetByteCount(iimCredit) <= 32, iimCredit);
        Assert.StartsWith(iimCredit, credit, StringComparison.Ordinal);
        if (Encoding.UTF8.GetByteCount(credit) <= 32) Assert.Equal(credit, iimCredit);
    }

    [Theory]
    // The seed's own credit errors stay as published, in the caption and in the by-line.
    [InlineData(44, "Ringo Ciu")]
    [InlineData(48, "Jae Hong")]
    public void PublishedCreditErrors_AreKeptInCaptionAndEmbeddedByline(int number, string publishedName)
    {
        var embedded = ReadEmbedded(PathOf(Plan(number)));

        Assert.Equal(new[] { publishedName }, Iptc(embedded)!.GetStringArray(IptcDirectory.TagByLine));
        Assert.Equal([publishedName], Creators(Assert.Single(Xmp(embedded))));
        Assert.Contains($"{publishedName}/", Iptc(embedded)!.GetString(IptcDirectory.TagCaption), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Numbers), MemberType = typeof(SampleArchiveFiles))]
    public void ExifDate_IsThePlannedCameraClock(int number)
    {
        var plan = Plan(number);
        var embedded = ReadEmbedded(PathOf(plan));
        var sub = embedded.OfType<ExifSubIfdDirectory>().SingleOrDefault();

        if (plan.Exif is null)
        {
            Assert.Null(sub);
            return;
        }
        var stamp = sub!.GetString(ExifDirectoryBase.TagDateTimeOriginal);
        var day = DateTime.ParseExact(stamp!, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (plan.Exif.Agreement)
        {
            case ExifDateAgreement.MatchesCaption:
                Assert.StartsWith(plan.Seed.Date, day, StringComparison.Ordinal);
                break;
            case ExifDateAgreement.DisagreesWithCaption:
                Assert.NotEqual(plan.Seed.Date, day);
                break;
            case ExifDateAgreement.CaptionStatesNoDate:
                Assert.Equal("", plan.Seed.Date);
                break;
        }
        Assert.NotEmpty(embedded.OfType<ExifThumbnailDirectory>());
    }

    [Fact]
    public void Archive_HasEveryStorageVariantAndAnExifDateThatDisagrees()
    {
        var files = System.IO.Directory.EnumerateFiles(Root, "gallery-*", SearchOption.AllDirectories).ToList();

        // Counted from the files themselves, not from the plan.
        Assert.True(files.Count(f => f.EndsWith(".txt", StringComparison.Ordinal)) >= 3);
        Assert.True(files.Count(f => f.EndsWith(".jpg.xmp", StringComparison.Ordinal)) >= 2);
        Assert.True(files.Count(f => f.EndsWith(".xmp", StringComparison.Ordinal) && !f.EndsWith(".jpg.xmp", StringComparison.Ordinal)) >= 2);
        var embedded = files.Where(f => f.EndsWith(".jpg", StringComparison.Ordinal)).Select(f => ReadEmbedded(f)).ToList();
        Assert.True(embedded.Count(d => Iptc(d) is not null && Xmp(d).Count > 0) > 25);
        Assert.True(embedded.Count(d => Iptc(d) is null && Xmp(d).Count > 0) >= 3);
        Assert.Contains(Plans.Value, p => p.Exif?.Agreement == ExifDateAgreement.DisagreesWithCaption);
    }

    [Fact]
    public void Archive_StaysUnderFiveMegabytes()
    {
        var total = System.IO.Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.InRange(total, 49 * 4_000, 5_000_000);
    }

    [Fact]
    public void Readme_IsRenderedFromTheSamePlan()
    {
        Assert.Equal(ReadmeRenderer.Render(Plans.Value), File.ReadAllText(Path.Combine(Root, "README.md")));
    }

    [ToolFact("exiftool")]
    public void Archive_PassesExiftoolValidateWithoutWarnings()
    {
        var (exit, stdout, stderr) = ExternalTools.Run("exiftool", ["-validate", "-warning", "-error", "-a", "-r", "-ext", "jpg", "-ext", "xmp", Root]);

        Assert.True(exit == 0, stderr);
        var problems = stdout.Split('\n').Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(Plans.Value.Count + Plans.Value.Count(p => p.Variant is StorageVariant.XmpSidecar or StorageVariant.XmpSidecarWithExtension),
            stdout.Split('\n').Count(l => l.StartsWith("Validate", StringComparison.Ordinal)));
    }
}
