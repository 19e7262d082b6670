using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Xmp;
using PhotoDesk.SampleArchive.Gallery;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.Testing;
using XmpCore;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

/// <summary>The committed archive-sample/ as the tests read it: plans from its own seed-gallery.jsonl, raw blocks per file.</summary>
internal static class SampleArchiveFiles
{
    public static string Root => TestPaths.ArchiveSample;

    public static string SeedGalleryPath => Path.Combine(Root, "seed-gallery.jsonl");

    public static readonly Lazy<IReadOnlyList<PhotoPlan>> Plans = new(() => ArchivePlanner.Plan(SeedGallery.Load(SeedGalleryPath)));

    public static PhotoPlan Plan(int number) => Plans.Value.Single(p => p.Number == number);

    public static string PathOf(PhotoPlan plan) => Path.Combine(Root, plan.RelativePath.Replace('/', Path.DirectorySeparatorChar));

    public static IEnumerable<object[]> Numbers() => Enumerable.Range(1, 49).Select(n => new object[] { n });

    public static IReadOnlyList<MetadataExtractor.Directory> ReadEmbedded(string photoPath) => JpegMetadataReader.ReadMetadata(photoPath);

    /// <summary>Embedded XMP (extended XMP, if any, merged by taking the first packet that has the property).</summary>
    public static IReadOnlyList<IXmpMeta> Xmp(IReadOnlyList<MetadataExtractor.Directory> directories) =>
        directories.OfType<XmpDirectory>().Select(d => d.XmpMeta).OfType<IXmpMeta>().ToList();

    public static IptcDirectory? Iptc(IReadOnlyList<MetadataExtractor.Directory> directories) =>
        directories.OfType<IptcDirectory>().SingleOrDefault();

    public static IXmpMeta ParseSidecar(string path) => XmpMetaFactory.ParseFromBuffer(File.ReadAllBytes(path));

    public static string? Description(IXmpMeta meta) =>
        meta.DoesPropertyExist(XmpConstants.NsDC, "description")
            ? meta.GetLocalizedText(XmpConstants.NsDC, "description", null, "x-default")?.Value
            : null;

    public static IReadOnlyList<string> Creators(IXmpMeta meta)
    {
        if (!meta.DoesPropertyExist(XmpConstants.NsDC, "creator")) return [];
        var count = meta.CountArrayItems(XmpConstants.NsDC, "creator");
        return Enumerable.Range(1, count).Select(i => meta.GetArrayItem(XmpConstants.NsDC, "creator", i).Value).ToList();
    }

    public static string? Photoshop(IXmpMeta meta, string property) => meta.GetPropertyString(XmpConstants.NsPhotoshop, property);
}
