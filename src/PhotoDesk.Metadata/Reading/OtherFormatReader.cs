using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using PhotoDesk.Core.Photos;
using Directory = MetadataExtractor.Directory;

namespace PhotoDesk.Metadata.Reading;

/// <summary>
/// Formats other than JPEG (TIFF, PNG, WebP, HEIF, PSD …) through MetadataExtractor's general reader. IIM here is
/// as MetadataExtractor decodes it (it honours 1:90); there is no IPTCDigest check outside JPEG.
/// </summary>
internal static class OtherFormatReader
{
    public static FileBlocks Read(Stream stream, List<string> warnings)
    {
        var directories = ImageMetadataReader.ReadMetadata(stream);
        var blocks = new FileBlocks();
        foreach (var d in directories.Where(d => d is not (ExifDirectoryBase or GpsDirectory or XmpDirectory or IptcDirectory)))
            foreach (var e in d.Errors) warnings.Add($"{d.Name}: {e}");
        var exifDirs = directories.Where(d => d is ExifDirectoryBase or GpsDirectory).ToList();
        if (exifDirs.Count > 0) blocks.Exif = ExifMapper.Map(exifDirs, warnings);

        var xmpDirs = directories.OfType<XmpDirectory>().Where(d => d.XmpMeta is not null).ToList();
        if (xmpDirs.Count > 0)
        {
            // MetadataExtractor has parsed the XMP with XmpCore already; serialise it once more for our mapping.
            var main = xmpDirs[0].XmpMeta!;
            foreach (var extra in xmpDirs.Skip(1)) XmpCore.XmpUtils.AppendProperties(extra.XmpMeta!, main, true, true, false);
            var text = XmpCore.XmpMetaFactory.SerializeToString(main, new XmpCore.Options.SerializeOptions { OmitPacketWrapper = true });
            if (XmpPacketParser.ParseText(text, "XMP", warnings) is { } props) blocks.Xmp = XmpMapper.Map(props, MetadataSource.Xmp, warnings);
        }
        foreach (var d in directories.OfType<XmpDirectory>())
            foreach (var e in d.Errors) warnings.Add($"XMP: {e}");

        if (directories.OfType<IptcDirectory>().FirstOrDefault() is { } iptc)
        {
            foreach (var e in iptc.Errors) warnings.Add($"IPTC: {e}");
            blocks.Iim = MapIptcDirectory(iptc);
            blocks.Digest = DigestState.Absent;
        }
        (blocks.Width, blocks.Height) = Dimensions(directories);
        if (blocks.Width is null) warnings.Add("the image size could not be found (damaged or unusual file)");
        return blocks;
    }

    private static BlockValues MapIptcDirectory(IptcDirectory iptc)
    {
        var values = new BlockValues(MetadataSource.Iptc);
        values.SetText(PhotoFields.CreditLine, iptc.GetString(IptcDirectory.TagCredit));
        values.SetText(PhotoFields.Source, iptc.GetString(IptcDirectory.TagSource));
        values.SetText(PhotoFields.Copyright, iptc.GetString(IptcDirectory.TagCopyrightNotice));
        values.SetText(PhotoFields.Description, iptc.GetString(IptcDirectory.TagCaption));
        values.SetText(PhotoFields.Headline, iptc.GetString(IptcDirectory.TagHeadline));
        values.SetText(PhotoFields.City, iptc.GetString(IptcDirectory.TagCity));
        values.SetText(PhotoFields.Sublocation, iptc.GetString(IptcDirectory.TagSubLocation));
        values.SetText(PhotoFields.Region, iptc.GetString(IptcDirectory.TagProvinceOrState));
        values.SetText(PhotoFields.Country, iptc.GetString(IptcDirectory.TagCountryOrPrimaryLocationName));
        values.SetText(PhotoFields.CountryCode, iptc.GetString(IptcDirectory.TagCountryOrPrimaryLocationCode));
        values.SetText(PhotoFields.Instructions, iptc.GetString(IptcDirectory.TagSpecialInstructions));
        values.SetList(PhotoFields.Creators, iptc.GetStringArray(IptcDirectory.TagByLine));
        values.SetList(PhotoFields.Keywords, iptc.GetStringArray(IptcDirectory.TagKeywords));
        if (iptc.GetString(IptcDirectory.TagDateCreated) is { } d && IimMapper.TryParseIimDate(d.Trim(), out var date)) values.DateCreated = date;
        return values;
    }

    private static (int?, int?) Dimensions(IReadOnlyList<Directory> directories)
    {
        foreach (var d in directories)
        {
            if (d is ExifThumbnailDirectory) continue;
            int? w = null, h = null;
            foreach (var tag in d.Tags)
            {
                if (tag.Name is "Image Width" && TryInt(d, tag.Type, out var wv)) w ??= wv;
                else if (tag.Name is "Image Height" && TryInt(d, tag.Type, out var hv)) h ??= hv;
            }
            if (w is > 0 && h is > 0) return (w, h);
        }
        return (null, null);
    }

    private static bool TryInt(Directory d, int tag, out int value)
    {
        if (d.TryGetInt32(tag, out value)) return true;
        var text = d.GetDescription(tag)?.Split(' ')[0];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
