using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Every corpus file is read without an exception; the malformed ones say so in warnings.</summary>
public sealed class CorpusRobustnessTests
{
    public static TheoryData<string> Malformed => SharedCorpus.Files(malformed: true);

    public static TheoryData<string> WellFormed => SharedCorpus.Files(malformed: false);

    [SharedCorpusTheory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedCorpusFile_GivesWarningsOrAPhotoReadException(string file)
    {
        try
        {
            var m = new PhotoMetadataReader().Read(SharedCorpus.PathOf(file));
            Assert.NotEmpty(m.Warnings);
        }
        catch (PhotoReadException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
        }
    }

    [SharedCorpusTheory]
    [MemberData(nameof(WellFormed))]
    public void Read_WellFormedCorpusFile_IsReadWithItsSize(string file)
    {
        var m = new PhotoMetadataReader().Read(SharedCorpus.PathOf(file));

        if (file.EndsWith(".xmp", StringComparison.Ordinal)) Assert.Null(m.Width);
        else Assert.True(m.Width > 0 && m.Height > 0, $"{file}: {m.Width}x{m.Height}");
    }
}
