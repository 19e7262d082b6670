using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using XmpCore;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>What MetadataExtractor (an independent reader) sees in a file: IIM datasets and XMP properties.</summary>
internal sealed class MetadataExtractorView
{
    private const string NsIptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    private MetadataExtractorView(IReadOnlyList<MetadataExtractor.Directory> directories) => Directories = directories;

    public IReadOnlyList<MetadataExtractor.Directory> Directories { get; }

    public static MetadataExtractorView Read(string path) => new(ImageMetadataReader.ReadMetadata(path));

    public static MetadataExtractorView ReadBytes(byte[] jpeg) => new(ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg)));

    public IptcDirectory? Iptc => Directories.OfType<IptcDirectory>().FirstOrDefault();

    public IEnumerable<string> Errors => Directories.SelectMany(d => d.Errors.Select(e => $"{d.Name}: {e}"));

    public string? IimString(int tag) => Iptc?.GetString(tag);

    public string[] IimStrings(int tag) => Iptc?.GetStringArray(tag) ?? [];

    /// <summary>The XMP directories (standard, then extended when present).</summary>
    public IReadOnlyList<IXmpMeta> Xmp => Directories.OfType<XmpDirectory>().Select(d => d.XmpMeta).OfType<IXmpMeta>().ToList();

    public string? XmpSimple(string ns, string name) =>
        Xmp.Select(m => m.GetPropertyString(ns, name)).FirstOrDefault(v => v is not null);

    public string? XmpLangDefault(string ns, string name) =>
        Xmp.Select(m => m.DoesPropertyExist(ns, name) ? m.GetLocalizedText(ns, name, null, "x-default")?.Value : null).FirstOrDefault(v => v is not null);

    public string[] XmpArray(string ns, string name)
    {
        foreach (var m in Xmp)
        {
            if (!m.DoesPropertyExist(ns, name)) continue;
            var n = m.CountArrayItems(ns, name);
            return Enumerable.Range(1, n).Select(i => m.GetArrayItem(ns, name, i).Value).ToArray();
        }
        return [];
    }

    public string? Credit => XmpSimple(XmpConstants.NsPhotoshop, "Credit");
    public string? City => XmpSimple(XmpConstants.NsPhotoshop, "City");
    public string? Sublocation => XmpSimple(NsIptcCore, "Location");
    public string? CountryCode => XmpSimple(NsIptcCore, "CountryCode");
    public string? Description => XmpLangDefault(XmpConstants.NsDC, "description");
    public string[] Creators => XmpArray(XmpConstants.NsDC, "creator");
    public string[] Keywords => XmpArray(XmpConstants.NsDC, "subject");
}
