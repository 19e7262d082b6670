using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.SampleArchive.Planning;
using Xunit;
using static PhotoDesk.Metadata.Tests.SampleArchive.SampleArchiveFiles;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

/// <summary>The committed archive read through PhotoDesk's own reader: every caption arrives, from the block its variant uses.</summary>
public class SampleArchiveReaderTests
{
    private static readonly PhotoMetadataReader Reader = new();

    [Theory]
    [MemberData(nameof(Numbers), MemberType = typeof(SampleArchiveFiles))]
    public void Read_ReturnsTheCaptionExactlyFromItsStorage(int number)
    {
        var plan = Plan(number);

        var metadata = Reader.Read(PathOf(plan));

        Assert.Equal(plan.Seed.Caption, metadata.Description);
        var expectedSource = plan.Variant switch
        {
            // XMP comes before IIM when both hold the caption (MWG).
            StorageVariant.EmbeddedIptcAndXmp or StorageVariant.EmbeddedXmpOnly => MetadataSource.Xmp,
            StorageVariant.CaptionTextSidecar => MetadataSource.CaptionSidecar,
            _ => MetadataSource.XmpSidecar,
        };
        Assert.Equal(expectedSource, metadata.SourceOf(PhotoFields.Description));
        // The one expected warning: a credit longer than IIM's 32 bytes, cut there and whole in XMP (photo 34).
        var creditCut = plan.Variant == StorageVariant.EmbeddedIptcAndXmp
            && System.Text.Encoding.UTF8.GetByteCount(string.Join('/', plan.Seed.Agencies)) > 32;
        if (creditCut) Assert.Contains(PhotoFields.CreditLine, Assert.Single(metadata.Warnings), StringComparison.Ordinal);
        else Assert.True(metadata.Warnings.Count == 0, string.Join(" / ", metadata.Warnings));
    }

    [Theory]
    [MemberData(nameof(Numbers), MemberType = typeof(SampleArchiveFiles))]
    public void Read_ReturnsCreditDateAndPlaceAsWritten(int number)
    {
        var plan = Plan(number);

        var metadata = Reader.Read(PathOf(plan));

        if (plan.Variant == StorageVariant.CaptionTextSidecar)
        {
            Assert.Empty(metadata.Creators);
            Assert.Null(metadata.CreditLine);
        }
        else
        {
            Assert.Equal(plan.Seed.Photographers, metadata.Creators);
            Assert.Equal(string.Join('/', plan.Seed.Agencies), metadata.CreditLine);
            Assert.Equal(plan.Seed.Agencies[0], metadata.Source);
            // Without a caption date, MWG lets EXIF DateTimeOriginal stand in for date created.
            var dateCreated = plan.Seed.Date.Length > 0 ? plan.Seed.Date : plan.Exif?.DateTimeOriginal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(dateCreated, metadata.DateCreated?.ToIsoString());
            Assert.Equal(plan.Seed.City.Length > 0 ? plan.Seed.City : null, metadata.City);
        }
        Assert.Equal(plan.Exif?.DateTimeOriginal, metadata.CaptureTime?.Local);
        Assert.Equal(plan.Exif?.Offset, metadata.CaptureTime?.Offset);
        Assert.Equal((480, 320), (metadata.Width, metadata.Height));
    }
}
