using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.SampleArchive.Pictures;
using PhotoDesk.SampleArchive.Planning;

namespace PhotoDesk.Bench.Corpus;

/// <summary>
/// Writes N camera-sized JPEGs with embedded IPTC-IIM + XMP captions from the <see cref="CaptionPool"/>, in nested
/// date folders. Pixels come from a handful of generated base pictures (rendering each photo would take hours);
/// the metadata is written per photo with PhotoDesk's own lossless writer.
/// </summary>
public sealed class PhotoCorpusWriter(int width, int height, int quality, int basePictures = 8)
{
    public long Write(string outDir, int count, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var pool = new CaptionPool();
        var writer = new JpegMetadataWriter();
        var bases = Enumerable.Range(0, basePictures)
            .Select(i => SamplePicture.Create(1000 + i, new ExifPlan(new DateTime(2024, 5, 1 + i, 10, 30, 0), null, ExifDateAgreement.MatchesCaption), width, height, quality))
            .ToArray();
        long bytes = 0;
        for (var n = 0; n < count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = pool.Get(n);
            var patch = new MetadataPatch(new Dictionary<string, IReadOnlyList<string>>
            {
                [PhotoFields.Description] = [c.Text],
                [PhotoFields.Creators] = [c.Photographer],
                [PhotoFields.CreditLine] = [string.Join('/', c.Agencies)],
                [PhotoFields.Source] = [c.Agencies[0]],
                [PhotoFields.DateCreated] = [c.Date.ToString("yyyy-MM-dd")],
                [PhotoFields.City] = [c.City],
                [PhotoFields.Keywords] = ["news", c.City.ToLowerInvariant()],
            });
            var jpeg = writer.Rewrite(bases[n % bases.Length], patch);
            var dir = Path.Combine(outDir, c.Date.ToString("yyyy"), c.Date.ToString("MM"), c.Date.ToString("dd"));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"photo-{n:D7}.jpg"), jpeg);
            bytes += jpeg.Length;
            if (n % 500 == 0) progress?.Report(n);
        }
        return bytes;
    }
}
